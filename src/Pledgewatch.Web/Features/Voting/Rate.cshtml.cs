using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>A deputy's year-end rating (满意度测评): 满意, 基本满意 or 不满意 on every project; none may be left out.</summary>
[Authorize(Policy = Policies.Deputy)]
[EnableRateLimiting(Policies.Writes)]
public sealed class RateModel(Ballots ballots, BallotQueries queries) : PaperPage(queries, BallotKind.Rating)
{
    protected override Task<CastResult> CastAsync(long ballot, string deputy, Guid key, CancellationToken ct)
    {
        var paper = new Dictionary<long, Rating>();
        foreach (var item in Candidates)
        {
            if (MarkNames.ParseRating(Request.Form[$"r{item.Id}"].FirstOrDefault()) is { } r)
            {
                paper[item.Id] = r;
            }
        }

        return ballots.RateAsync(ballot, deputy, key, paper, ct);
    }
}
