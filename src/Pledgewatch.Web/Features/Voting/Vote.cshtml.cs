using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// A deputy's vote: 赞成, 反对 or 弃权 on every candidate (弃权 when left unmarked). A mark the form
/// does not offer leaves the candidate off the paper, which the ballot's rule then refuses.
/// </summary>
[Authorize(Policy = Policies.Deputy)]
[EnableRateLimiting(Policies.Writes)]
public sealed class VoteModel(Ballots ballots, BallotQueries queries) : PaperPage(queries, BallotKind.Vote)
{
    protected override Task<CastResult> CastAsync(long ballot, string deputy, Guid key, CancellationToken ct)
    {
        var paper = new Dictionary<long, Choice>();
        foreach (var item in Candidates)
        {
            var written = Request.Form[$"m{item.Id}"].FirstOrDefault();
            if ((string.IsNullOrEmpty(written) ? Choice.Abstain : MarkNames.ParseChoice(written)) is { } choice)
            {
                paper[item.Id] = choice;
            }
        }

        return ballots.CastAsync(ballot, deputy, key, paper, ct);
    }
}
