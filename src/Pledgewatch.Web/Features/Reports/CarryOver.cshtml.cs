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

    /// <summary>The earlier year's verdict (met, missed…).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Verdict { get; set; }

    /// <summary>The earlier year.</summary>
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public const int PageSize = 50;

    /// <summary>Every item the filters choose.</summary>
    public IReadOnlyList<(string Region, int Year, CarryOver Item)> Chosen { get; private set; } = [];

    /// <summary>The items of this page.</summary>
    public IReadOnlyList<(string Region, int Year, CarryOver Item)> Items { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public int Pages => Math.Max(1, (Chosen.Count + PageSize - 1) / PageSize);

    /// <summary>A page of the same choice.</summary>
    public string PageLink(int page) => Link("/carryover", ("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>This page's address (or the export's) with the filters kept and some changed.</summary>
    public string Link(string path, params (string Key, string? Value)[] changes) => Pledgewatch.Web.Shared.QueryLinks.With(
        path,
        [("region", Region), ("kind", Kind), ("verdict", Verdict), ("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture))],
        changes);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if ((Verdict is { Length: > 0 } && !VerdictNames.TryParse(Verdict, out _)) || PageNumber < 1)
        {
            return BadRequest();
        }

        try
        {
            var all = await tracker.CarryOverAsync(Region, ct);
            Years = [.. all.Select(x => x.Year).Distinct().Order()];
            Chosen = [.. Filter(all, Kind, Verdict, Year).Select(x => (x.Region.Name, x.Year, x.Item))];
            PageNumber = Math.Min(PageNumber, Pages);
            Items = [.. Chosen.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        }
        catch (StoreException)
        {
            return NotFound();
        }

        return Page();
    }

    /// <summary>The items of a change, an earlier verdict and a year, as the page and its export choose them.</summary>
    public static IEnumerable<(T Region, int Year, CarryOver Item)> Filter<T>(IEnumerable<(T Region, int Year, CarryOver Item)> items, string? kind, string? verdict, int? year) =>
        items.Where(x => (string.IsNullOrEmpty(kind) || CarryOver.NameOf(x.Item.Kind) == kind)
            && (string.IsNullOrEmpty(verdict) || VerdictNames.Of(x.Item.Before.Verdict) == verdict)
            && (year is null || x.Year == year));
}
