using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// The congress office runs a ballot: candidates and the roster before it opens, then closing it
/// (which publishes the tally and turns adopted candidates into projects) and verifying the count.
/// It shows how many have voted, never who voted how.
/// </summary>
[Authorize(Policy = Policies.Ballots)]
[RequestSizeLimit(4 * Limits.BodyBytes)]
[EnableRateLimiting(Policies.Writes)]
public sealed class ManageModel(Ballots ballots, BallotQueries queries, RegionQueries regions, TimeProvider clock, Following.NoticeSignal signal) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

    public IReadOnlyList<CandidateEntity> Candidates { get; private set; } = [];

    public int Roster { get; private set; }

    public int Voted { get; private set; }

    public bool Open => Ballot is not null && clock.GetUtcNow() >= Ballot.OpensAt;

    public string? Error { get; private set; }

    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken ct)
    {
        Message = done;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public IReadOnlyList<string> Districts { get; private set; } = [];

    public string Region { get; private set; } = "";

    public Task<IActionResult> OnPostCandidateAsync(long id, ProposedProjectForm form, CancellationToken ct) =>
        ChangeAsync(id, async () =>
        {
            var (budget, districtId, places) = await form.ReadAsync(regions, ct);
            if (string.IsNullOrWhiteSpace(form.Title))
            {
                throw new StoreException("a candidate needs a title");
            }

            await ballots.AddCandidateAsync(id, new CandidateEntity
            {
                Title = form.Title.Trim(),
                Description = ProposedProjectForm.Blank(form.Description),
                Category = ProposedProjectForm.Blank(form.Category),
                Budget = budget,
                OwnerDepartment = ProposedProjectForm.Blank(form.Owner),
                Source = ProposedProjectForm.Blank(form.Source),
                DistrictId = districtId,
                Places = places,
                IsSample = form.Sample || Ballot!.IsSample,
            }, User.Identity!.Name!, ct);
            return "candidate";
        }, ct);

    public Task<IActionResult> OnPostRosterAsync(long id, IFormFile? file, string? text, CancellationToken ct) =>
        ChangeAsync(id, async () =>
        {
            string csv;
            if (file is { Length: > 0 })
            {
                using var reader = new StreamReader(file.OpenReadStream());
                csv = await reader.ReadToEndAsync(ct);
            }
            else
            {
                csv = text ?? "";
            }

            if (string.IsNullOrWhiteSpace(csv))
            {
                throw new StoreException("give the roster as CSV with a header line: code,name[,user]");
            }

            var total = await ballots.ImportRosterAsync(id, new StringReader(csv), User.Identity!.Name!, Ballot!.IsSample, ct);
            return $"roster:{total}";
        }, ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, async () =>
        {
            await ballots.CloseAsync(id, User.Identity!.Name!, ct);
            signal.Wake();
            return "closed";
        }, ct);

    public Task<IActionResult> OnPostVerifyAsync(long id, CancellationToken ct) =>
        ChangeAsync(id, async () => await ballots.VerifyAsync(id, User.Identity!.Name!, ct: ct) is { } problem ? throw new StoreException(problem) : "verified", ct);

    private async Task<IActionResult> ChangeAsync(long id, Func<Task<string>> change, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        string done;
        try
        {
            done = await change();
        }
        catch (StoreException e)
        {
            await LoadAsync(id, ct);
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/ballots/{id}/manage?done={Uri.EscapeDataString(done)}");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await queries.WithCandidatesAsync(id, cancellationToken: ct) is not { } found)
        {
            return false;
        }

        (Ballot, Candidates) = found;
        (Roster, Voted) = await queries.TurnoutAsync(id, ct);
        Region = await regions.NameAsync(Ballot.RegionId, ct) ?? "";
        Districts = [.. (await regions.ChildrenAsync(Ballot.RegionId, ct)).Select(r => r.Name)];
        return true;
    }
}
