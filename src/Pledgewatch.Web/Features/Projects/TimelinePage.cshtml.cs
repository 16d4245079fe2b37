using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Projects;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>The major projects of a year on one timeline: what was planned, what was reached, what slips.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class TimelinePageModel(ProjectRegistry registry, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Kind { get; set; } = ProjectDraft.Major;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public Timeline? Chart { get; private set; }

    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Kind is not (ProjectDraft.Major or ProjectDraft.Livelihood))
        {
            return BadRequest();
        }

        (_, Years) = await registry.FacetsAsync(ct);
        Projects = await registry.ListAsync(new ProjectFilter(Year: Year, Kind: Kind), ct);
        var rows = Projects.Where(p => p.Milestones.Count > 0).ToList();
        if (rows.Count > 0)
        {
            Chart = new Timeline(rows, ChinaTime.Today(clock));
        }

        return Page();
    }
}
