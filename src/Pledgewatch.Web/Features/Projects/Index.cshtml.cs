using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Queries;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>
/// The public map (民生实事云图): every project as a point on the district outlines, coloured by
/// category, with a list beside it. The page lists all projects and hides those the filters leave
/// out, so the filters work on the server (a plain form) and instantly in the browser alike.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(ProjectRegistry registry, RegionQueries regions, IConfiguration configuration) : PageModel
{
    /// <summary>Category colours, by the category's place in the sorted list.</summary>
    public static IReadOnlyList<string> Palette { get; } = ["#d9480f", "#1c7ed6", "#2b8a3e", "#ae3ec9", "#f08c00", "#0ca678", "#e64980", "#5c7cfa", "#868e96", "#a61e4d"];

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public IReadOnlySet<long> Shown { get; private set; } = new HashSet<long>();

    public IReadOnlyList<string> Categories { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Districts { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? District { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public string? Problem { get; private set; }

    public string Boundaries => MapSettings.Boundaries(configuration);

    /// <summary>An optional tile layer (a URL template) when the deployment has a tile server; none by default.</summary>
    public string? TileUrl => configuration["Map:TileUrl"];

    /// <summary>The datum of the tile layer: wgs84 (default) or gcj02 (高德/腾讯 tiles).</summary>
    public string TileDatum => configuration["Map:TileDatum"] ?? "wgs84";

    public string? TileAttribution => configuration["Map:TileAttribution"];

    public string ColourOf(string? category) => Palette[Math.Max(0, Categories.ToList().IndexOf(category ?? "")) % Palette.Count];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Projects = await registry.ListAsync(new ProjectFilter(), ct);
        (Categories, Years) = await registry.FacetsAsync(ct);
        var districtIds = Projects.Select(p => p.Project.DistrictId).Distinct().ToList();
        Districts = [.. await regions.ChoicesAsync(districtIds, ct)];

        var (filter, problem) = await ProjectFilters.ParseAsync(regions, Year, Category, District, Status, Kind, ct);
        if (problem is not null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Shown = Projects.Select(p => p.Project.Id).ToHashSet();
            return Page();
        }

        Shown = (await registry.ListAsync(filter!, ct)).Select(p => p.Project.Id).ToHashSet();
        return Page();
    }
}
