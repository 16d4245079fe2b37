using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Scorecard;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(Tracker tracker, Pledgewatch.Web.Shared.MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Verdict { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Section { get; set; }

    public Tracking.Scorecard? Card { get; private set; }

    public IReadOnlyList<Judgement> Rows { get; private set; } = [];

    public IReadOnlyList<string> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (Verdict is { Length: > 0 } && !VerdictNames.TryParse(Verdict, out _))
        {
            return BadRequest();
        }

        Card = await tracker.ScorecardAsync(Region, Year, ct);
        if (Card is null || Card.Rows.Count == 0)
        {
            return NotFound();
        }

        Sections = [.. Card.Rows.Select(r => r.Target.Claim.Section).OfType<string>().Distinct()];
        Rows = [.. Card.Rows.Where(r =>
            (string.IsNullOrEmpty(Verdict) || VerdictNames.Of(r.Verdict) == Verdict)
            && (string.IsNullOrEmpty(Section) || r.Target.Claim.Section == Section))];
        return Page();
    }
}
