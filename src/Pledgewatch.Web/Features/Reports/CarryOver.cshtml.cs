using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Reports;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class CarryOverModel(Tracker tracker, Pledgewatch.Web.Shared.MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public IReadOnlyList<(string Region, int Year, CarryOver Item)> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        try
        {
            Items = [.. (await tracker.CarryOverAsync(Region, ct))
                .Where(x => string.IsNullOrEmpty(Kind) || CarryOver.NameOf(x.Item.Kind) == Kind)
                .Select(x => (x.Region.Name, x.Year, x.Item))];
        }
        catch (StoreException)
        {
            return NotFound();
        }

        return Page();
    }
}
