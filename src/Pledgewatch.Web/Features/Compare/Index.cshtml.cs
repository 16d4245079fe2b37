using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Web.Features.Compare;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(RegionQueries regions, Tracker tracker, Pledgewatch.Web.Shared.MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; }

    public IReadOnlyList<Tracking.Scorecard> Cards { get; private set; } = [];

    public IReadOnlyList<string> Shared { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        var region = await regions.FindAsync(Region, ct);
        if (region is null)
        {
            return NotFound();
        }

        Region = region.Name;
        var children = await regions.ChildrenAsync(region.Id, ct);
        var cards = new List<Tracking.Scorecard>();
        foreach (var r in children.Prepend(region))
        {
            var card = await tracker.ScorecardAsync(r.Code ?? r.Name, Year, ct);
            if (card is { Rows.Count: > 0 })
            {
                cards.Add(card);
            }
        }

        if (cards.Count == 0)
        {
            return NotFound();
        }

        Cards = cards;
        Shared = [.. cards.SelectMany(c => c.Rows.Select(r => r.Indicator).Distinct()).GroupBy(i => i).Where(g => g.Count() > 1 || cards.Count == 1).Select(g => g.Key).Order()];
        return Page();
    }
}
