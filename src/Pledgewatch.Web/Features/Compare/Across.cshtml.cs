using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Compare;

/// <summary>
/// One indicator across the regions under a parent (全国 and its provinces, a province and its
/// cities): every child region's target, outcome and verdict in one table, sorted as the reader asks.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class AcrossModel(RegionQueries regions, Tracker tracker, Pledgewatch.Web.Shared.MissLimiter misses, IWebHostEnvironment environment) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Parent { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Dir { get; set; }

    internal CompareRequest? Asked { get; private set; }

    public Comparison? Result { get; private set; }

    public IReadOnlyList<ComparisonRow> Rows { get; private set; } = [];

    public IReadOnlyList<(string Key, string Name)> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        Parents = await regions.ChoicesAsync(cancellationToken: ct);
        if (Parent is null && Year is null)
        {
            return Page();
        }

        var (request, _) = CompareRequest.Parse(Parent, Year, Indicator, Measure, Sort, Dir);
        if (request is null)
        {
            return BadRequest();
        }

        Asked = request;
        Result = await tracker.CompareAsync(request.Parent, request.Year, request.Indicator, request.Measure, ct);
        if (Result is null)
        {
            return NotFound();
        }

        Rows = Result.Sorted(request.Sort, request.Descending);
        var parent = await regions.FindAsync(request.Parent, ct);
        if (parent?.Code is { } code && environment.WebRootFileProvider.GetFileInfo($"data/outlines/{code}.geojson").Exists)
        {
            Outline = $"/data/outlines/{code}.geojson";
        }

        return Page();
    }

    /// <summary>The outlines of the parent's regions, when they ship (全国's provinces, a province's cities, 常州市's districts).</summary>
    public string? Outline { get; private set; }

    /// <summary>What the map colours each region by: its code, name and verdict (or why it has none).</summary>
    public string MapJson() => System.Text.Json.JsonSerializer.Serialize(Rows.Select(r => new
    {
        code = r.Code,
        name = r.Region,
        verdict = r.Status,
        label = r.Judgement is { } l ? VerdictNames.Label(l.Verdict) : null,
    }));

    /// <summary>
    /// The link of a column heading: sorts by it (figures highest first, regions and verdicts in
    /// their order, met first), and turns the order round when it already does.
    /// </summary>
    internal string SortLink(ComparisonColumn column) =>
        "/compare?" + Asked!.Query(column, Asked.Sort == column ? !Asked.Descending : column is ComparisonColumn.Target or ComparisonColumn.Outcome);

    internal string Arrow(ComparisonColumn column) => Asked?.Sort != column ? "" : Asked.Descending ? " ↓" : " ↑";
}
