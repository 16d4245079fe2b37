using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Projects;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>A project: where it is and how to get there, its target and the claims it answers, milestones, progress, ratings, feedback.</summary>
public sealed class ShowModel(ProjectRegistry registry, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public string Boundaries => MapSettings.Boundaries(configuration);

    public string? TileUrl => configuration["Map:TileUrl"];

    public string TileDatum => configuration["Map:TileDatum"] ?? "wgs84";

    public string? TileAttribution => configuration["Map:TileAttribution"];

    public ProjectDetail? Detail { get; private set; }

    public Timeline? Timeline { get; private set; }

    /// <summary>Set after a citizen's feedback was taken: “sent”, or why not.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Feedback { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Detail = await registry.FindAsync(id, ct);
        if (Detail is null)
        {
            return NotFound();
        }

        if (Detail.Summary.Milestones.Count > 0)
        {
            Timeline = new Timeline([Detail.Summary], ChinaTime.Today(clock));
        }

        return Page();
    }
}
