using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// A deputy's paper on a phone, for a vote or a rating. The form carries a submission key made
/// when it was shown, so sending it twice (a double tap, a retry on a bad connection) is the same
/// paper; the answer names what happened in the deputy's language.
/// </summary>
public abstract class PaperPage(BallotQueries queries, BallotKind kind) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

    /// <summary>The candidates of a vote, or the projects of a rating.</summary>
    public IReadOnlyList<CandidateEntity> Candidates { get; private set; } = [];

    public Guid Key { get; private set; }

    public string? Message { get; private set; }

    public bool Accepted { get; private set; }

    public bool ShowForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // Only a deputy on this ballot's roster is shown the paper.
        if (await queries.DeputyCodeAsync(id, User.Identity!.Name!, ct) is null)
        {
            Message = Language.IsEnglish(HttpContext) ? "You are not on the roster." : "您不在本次名单中。";
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return Page();
        }

        Key = Guid.NewGuid();
        ShowForm = true;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, Guid key, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var english = Language.IsEnglish(HttpContext);
        var vote = kind == BallotKind.Vote;
        var code = await queries.DeputyCodeAsync(id, User.Identity!.Name!, ct);
        var result = code is null || key == Guid.Empty
            ? new CastResult(CastOutcome.NotEligible, english ? "You are not on the roster." : "您不在本次名单中。")
            : await CastAsync(id, code, key, ct);
        Accepted = result.Counts;
        Message = result.Outcome switch
        {
            CastOutcome.Accepted or CastOutcome.AlreadyAccepted => english ? $"Your {(vote ? "vote" : "rating")} is recorded. Thank you." : $"您的{(vote ? "投票" : "测评")}已记录，谢谢。",
            CastOutcome.AlreadyVoted => english ? "You have already taken part." : $"您已经{(vote ? "投过票" : "参加过测评")}。",
            CastOutcome.Closed => english ? "It has closed." : $"{(vote ? "投票" : "测评")}已结束。",
            CastOutcome.NotOpen => english ? "It has not opened yet." : $"{(vote ? "投票" : "测评")}尚未开始。",
            _ => result.Message,
        };
        Key = key;
        ShowForm = result.Outcome == CastOutcome.Invalid;
        if (!Accepted)
        {
            Response.StatusCode = result.Outcome == CastOutcome.Invalid ? 400 : 409;
        }

        return Page();
    }

    /// <summary>Reads the paper from the form and casts it.</summary>
    protected abstract Task<CastResult> CastAsync(long ballot, string deputy, Guid key, CancellationToken ct);

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var found = await queries.WithCandidatesAsync(id, kind, ct);
        (Ballot, Candidates) = found is { } f ? (f.Ballot, f.Candidates) : (null, []);
        return Ballot is not null;
    }
}
