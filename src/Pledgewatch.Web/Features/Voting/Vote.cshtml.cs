using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// A deputy's paper, made for a phone. The form carries a submission key made when it was shown,
/// so sending it twice (a double tap, a retry on a bad connection) is the same vote.
/// </summary>
[Authorize(Policy = Policies.Deputy)]
[EnableRateLimiting(Policies.Writes)]
public sealed class VoteModel(Ballots ballots, PledgewatchStore store) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

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
        var paper = new Dictionary<long, Choice>();
        foreach (var c in Candidates)
        {
            paper[c.Id] = Request.Form[$"m{c.Id}"].FirstOrDefault() switch
            {
                "approve" => Choice.Approve,
                "oppose" => Choice.Oppose,
                _ => Choice.Abstain,
            };
        }

        var code = await VotingEndpoints.DeputyCodeAsync(store, id, User.Identity!.Name!, ct);
        var result = code is null || key == Guid.Empty
            ? new CastResult(CastOutcome.NotEligible, english ? "You are not on the roster of this ballot." : "您不在本次票决的代表名单中。")
            : await ballots.CastAsync(id, code, key, paper, ct);
        Accepted = result.Counts;
        Message = result.Outcome switch
        {
            CastOutcome.Accepted or CastOutcome.AlreadyAccepted => english ? "Your vote is recorded. Thank you." : "您的投票已记录，谢谢。",
            CastOutcome.AlreadyVoted => english ? "You have already voted on this ballot." : "您已经投过票。",
            CastOutcome.Closed => english ? "Voting has closed." : "投票已结束。",
            CastOutcome.NotOpen => english ? "Voting has not opened yet." : "投票尚未开始。",
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

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        Ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id && b.Kind == Ballots.VoteKind, ct);
        Candidates = Ballot is null ? [] : await db.Candidates.AsNoTracking().Where(c => c.BallotId == id).OrderBy(c => c.Ordinal).ToListAsync(ct);
        return Ballot is not null;
    }
}
