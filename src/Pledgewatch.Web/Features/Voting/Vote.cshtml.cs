using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>A deputy's vote: 赞成, 反对 or 弃权 on every candidate (弃权 when left unmarked).</summary>
[Authorize(Policy = Policies.Deputy)]
[EnableRateLimiting(Policies.Writes)]
public sealed class VoteModel(Ballots ballots, PledgewatchStore store) : PaperPage(store, Ballots.VoteKind)
{
    protected override Task<CastResult> CastAsync(long ballot, string deputy, Guid key, CancellationToken ct) =>
        ballots.CastAsync(ballot, deputy, key, Candidates.ToDictionary(c => c.Id, c => Request.Form[$"m{c.Id}"].FirstOrDefault() switch
        {
            "approve" => Choice.Approve,
            "oppose" => Choice.Oppose,
            _ => Choice.Abstain,
        }), ct);
}
