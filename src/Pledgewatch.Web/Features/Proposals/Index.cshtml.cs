using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Features.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Proposals;

/// <summary>
/// The congress office collects proposed livelihood projects for a region and year (from
/// departments, deputies, citizens) and shortlists them onto the vote, or declines them.
/// </summary>
[Authorize(Policy = Policies.Ballots)]
[EnableRateLimiting(Policies.Writes)]
public sealed class IndexModel(Storage.Voting.Proposals proposals, BallotQueries ballotQueries, RegionQueries regions, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string Region { get; set; } = "常州市";

    [BindProperty(SupportsGet = true)]
    public int Year { get; set; } = DateTime.UtcNow.Year + 1;

    public IReadOnlyList<ProposalEntity> Items { get; private set; } = [];

    /// <summary>Vote ballots of this region and year that have not opened: where proposals can go.</summary>
    public IReadOnlyList<BallotEntity> Ballots { get; private set; } = [];

    public IReadOnlyList<string> Regions { get; private set; } = [];

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public IReadOnlyDictionary<long, long> BallotOfCandidate { get; private set; } = new Dictionary<long, long>();

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddAsync(ProposedProjectForm form, CancellationToken ct) =>
        ChangeAsync(async () =>
        {
            var (budget, districtId, places) = await form.ReadAsync(regions, ct);
            await proposals.AddAsync(Region, Year, new ProposalEntity
            {
                Title = form.Title?.Trim() ?? "",
                Description = ProposedProjectForm.Blank(form.Description),
                Category = ProposedProjectForm.Blank(form.Category),
                Budget = budget,
                OwnerDepartment = ProposedProjectForm.Blank(form.Owner),
                Source = form.Source ?? "",
                DistrictId = districtId,
                Places = places,
                Status = "",
                SubmittedBy = "",
                IsSample = form.Sample,
            }, User.Identity!.Name!, ct);
        }, ct);

    public Task<IActionResult> OnPostShortlistAsync(long proposal, long ballot, CancellationToken ct) =>
        ChangeAsync(() => proposals.ShortlistAsync(proposal, ballot, User.Identity!.Name!, ct), ct);

    public Task<IActionResult> OnPostDeclineAsync(long proposal, CancellationToken ct) =>
        ChangeAsync(() => proposals.DeclineAsync(proposal, User.Identity!.Name!, ct), ct);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, CancellationToken ct)
    {
        try
        {
            await change();
        }
        catch (StoreException e)
        {
            if (!await LoadAsync(ct))
            {
                return NotFound();
            }

            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/proposals?region={Uri.EscapeDataString(Region)}&year={Year}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var region = await regions.FindAsync(Region, ct);
        if (region is null)
        {
            return false;
        }

        Region = region.Name;
        Regions = [.. (await regions.ChoicesAsync(cancellationToken: ct)).Select(r => r.Name)];
        Districts = [.. (await regions.ChildrenAsync(region.Id, ct)).Select(r => r.Name)];
        Items = await proposals.ListAsync(Region, Year, ct);
        var now = clock.GetUtcNow();
        Ballots = await ballotQueries.NotYetOpenAsync(region.Id, Year, now, ct);
        var candidates = Items.Where(i => i.CandidateId is not null).Select(i => i.CandidateId!.Value).ToList();
        BallotOfCandidate = await ballotQueries.BallotsOfAsync(candidates, ct);
        return true;
    }
}
