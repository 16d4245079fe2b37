using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Admin;

[Authorize(Policy = Policies.Admin)]
[EnableRateLimiting(Policies.Writes)]
public sealed class IndexModel(UserDirectory users, Editing editing, RegionMerger regions) : PageModel
{
    public IReadOnlyList<UserEntity> Users { get; private set; } = [];

    public IReadOnlyList<string> Indicators { get; private set; } = [];

    /// <summary>Regions added under names the national tree does not know, to be merged into one it does.</summary>
    public IReadOnlyList<RegionMerger.Unresolved> Unresolved { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAddUserAsync(string name, string role, string password, CancellationToken ct)
    {
        var (user, error) = await users.AddAsync(name, role, password, ct);
        (Failed, Message) = user is null ? (true, error) : (false, $"{user.Name} ({user.Role}) ✓");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMergeAsync(string alias, string into, CancellationToken ct)
    {
        var result = await editing.MergeIndicatorAsync(alias?.Trim() ?? "", into?.Trim() ?? "", User.Identity!.Name!, ct);
        (Failed, Message) = result.Outcome == EditOutcome.Done ? (false, $"{alias} → {into} ✓") : (true, result.Error);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostMergeRegionAsync(string from, string into, CancellationToken ct)
    {
        var result = await regions.MergeAsync(from ?? "", into?.Trim() ?? "", User.Identity!.Name!, ct);
        (Failed, Message) = result.Outcome == EditOutcome.Done ? (false, $"{from} → {into}: {result.Version} ✓") : (true, result.Error);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Unresolved = await regions.UnresolvedAsync(ct);
        Users = await users.ListAsync(ct);
        Indicators = await editing.IndicatorNamesAsync(ct);
    }
}
