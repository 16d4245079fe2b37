using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Cases;

/// <summary>
/// Citizens' suggestions and complaints (人民建议, 12345): anyone hands one in — no login, a few an
/// hour per address — with a category, the text, a place (typed, or “my location”) and photos, and
/// gets a number and a key to rate the reply with. The public list and map show open and closed
/// cases without any personal detail; hotspots (one category, 200 m, 30 days) are named.
/// </summary>
[Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Pledgewatch.Web.Shared.Policies.Writes)]
public sealed class IndexModel(CitizenCases cases, IConfiguration configuration, TimeProvider clock, Pledgewatch.Web.Features.Suggestions.Actors actors) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Open { get; set; }

    public IReadOnlyList<PublicCase> Items { get; private set; } = [];

    public IReadOnlyList<Hotspot> Hotspots { get; private set; } = [];

    public IReadOnlyList<string> Categories => CaseSettings.Categories(configuration);

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Every case is read once: the hotspots are found among all of them, the list is the category's.
        var all = await cases.ListAsync(ct: ct);
        var shown = string.IsNullOrEmpty(Category) ? all : await cases.ListAsync(category: Category, ct: ct);
        Items = Open switch
        {
            "open" => [.. shown.Where(c => c.Case.State != CaseState.Closed)],
            "closed" => [.. shown.Where(c => c.Case.State == CaseState.Closed)],
            _ => shown,
        };
        Hotspots = cases.HotspotsOf(all);
        IsOffice = (await actors.OfAsync(User, ct)).IsOffice;
        return Page();
    }

    /// <summary>True for the congress office, which may turn a hotspot into a proposed livelihood project.</summary>
    public bool IsOffice { get; private set; }

    /// <summary>The office turns the hotspot holding case <paramref name="id"/> into a proposal for next year's vote.</summary>
    public async Task<IActionResult> OnPostProposeAsync(long id, CancellationToken ct)
    {
        var me = await actors.OfAsync(User, ct);
        if (!me.IsOffice)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        var proposal = await cases.ProposeAsync(id, me.Name, ct);
        var region = (await cases.FindAsync(id, ct))?.Region;
        return proposal is null || region is null ? NotFound() : Redirect($"/proposals?region={Uri.EscapeDataString(region)}&year={proposal.Year}");
    }
}
