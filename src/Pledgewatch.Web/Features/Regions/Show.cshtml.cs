using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Regions;

/// <summary>A region: every year with targets, its verdict counts and scorecard; its documents; the regions above and below it.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = PublicCache.Policy)]
public sealed class ShowModel(RegionQueries regions, DocumentQueries documents, Overview overview, MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Key { get; set; } = "";

    public RegionQueries.Place? Place { get; private set; }

    public IReadOnlyList<Overview.RegionYear> Years { get; private set; } = [];

    /// <summary>The region's current documents, the first hundred by id.</summary>
    public IReadOnlyList<DocumentQueries.Summary> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        try
        {
            Place = await regions.PlaceAsync(Key, ct);
        }
        catch (StoreException e) when (!e.IsNotFound)
        {
            return BadRequest(e.Message);
        }

        if (Place is null)
        {
            return NotFound();
        }

        Years = [.. (await overview.GetAsync(ct)).Where(r => r.RegionId == Place.Region.Id).OrderByDescending(r => r.Year)];
        Documents = (await documents.ListAsync(Place.Region.Code ?? Place.Region.Name, null, 1, 100, ct))?.Items ?? [];
        return Page();
    }

    /// <summary>The key a link to a region uses: its code, or its name when it has none.</summary>
    public static string KeyOf(Storage.Entities.RegionEntity region) => Uri.EscapeDataString(region.Code ?? region.Name);
}
