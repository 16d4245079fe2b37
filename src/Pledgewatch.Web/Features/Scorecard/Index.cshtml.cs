using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Scorecard;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(Tracker tracker, DeputySuggestions suggestions, Pledgewatch.Web.Shared.MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    /// <summary>The reader's choice of rows, from the address.</summary>
    public ScorecardView View { get; private set; } = new();

    /// <summary>The page of rows shown, counting from one.</summary>
    public int PageNumber { get; private set; } = 1;

    public Tracking.Scorecard? Card { get; private set; }

    /// <summary>Every row the choice selects, in its order.</summary>
    public IReadOnlyList<Judgement> Chosen { get; private set; } = [];

    /// <summary>The rows of this page.</summary>
    public IReadOnlyList<Judgement> Rows { get; private set; } = [];

    public IReadOnlyList<string> Sections { get; private set; } = [];

    /// <summary>The card's targets on suggestion handling judged by the office's records, by target id.</summary>
    public IReadOnlyDictionary<long, RecordJudgement> ByRecords { get; private set; } = new Dictionary<long, RecordJudgement>();

    public IReadOnlyList<(long Id, string Name)> Documents { get; private set; } = [];

    public int Pages => Math.Max(1, (Chosen.Count + ScorecardView.PageSize - 1) / ScorecardView.PageSize);

    public async Task<IActionResult> OnGetAsync(string? verdict, string? section, string? q, string? measure, string? period, long? doc, string? sort, string? dir, int p = 1, CancellationToken ct = default)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        View = new ScorecardView(verdict, section, q, measure, period, doc, sort, dir);
        if (View.Problem is not null || p < 1)
        {
            return BadRequest();
        }

        Card = await tracker.ScorecardAsync(Region, Year, ct);
        if (Card is null || Card.Rows.Count == 0)
        {
            return NotFound();
        }

        ByRecords = (await suggestions.JudgeAsync(Card.Region, Card.Year, Card.Rows, ct)).ToDictionary(j => j.Row.Target.Id);
        Sections = [.. Card.Rows.Select(r => r.Target.Claim.Section).OfType<string>().Distinct()];
        Documents = [.. Card.Rows.Select(r => (r.Target.Document.Id, r.Target.Document.Shown)).Distinct()];
        Chosen = View.Apply(Card);
        PageNumber = Math.Min(p, Pages);
        Rows = [.. Chosen.Skip((PageNumber - 1) * ScorecardView.PageSize).Take(ScorecardView.PageSize)];
        return Page();
    }

    /// <summary>This page's address with some of the choice changed.</summary>
    public string Link(params (string Key, string? Value)[] changes) =>
        View.With($"/scorecard/{Uri.EscapeDataString(Region)}/{Year}", changes);

    /// <summary>A page of the same choice.</summary>
    public string PageLink(int page) => Link(("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The header's link: sort by the column, or turn the order round when it is sorted by it already.</summary>
    public string SortLink(ScorecardColumn column) =>
        Link(("sort", column.ToString().ToLowerInvariant()), ("dir", View.Column == column && !View.Descending ? "desc" : null));

    public string Arrow(ScorecardColumn column) => View.Column != column || column == ScorecardColumn.Report ? "" : View.Descending ? " ▼" : " ▲";
}
