using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// The vote's API: ballots and their published tallies are public; deputies cast papers. Nothing
/// here, or anywhere, returns a paper together with who cast it.
/// </summary>
internal static class VotingEndpoints
{
    public static RouteGroupBuilder MapVoting(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/ballots").WithTags("Voting");
        group.MapGet("", List);
        group.MapGet("/{id:long}", Show);
        group.MapPost("/{id:long}/votes", Cast).RequireAuthorization(Policies.Deputy).RequireRateLimiting(Policies.Writes);
        return group;
    }

    internal sealed record VoteRequest(
        [property: JsonPropertyName("submission_key")] Guid? SubmissionKey,
        Dictionary<long, string>? Marks);

    private static async Task<IResult> List(PledgewatchStore store, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var ballots = await db.Ballots.AsNoTracking().OrderByDescending(b => b.Year).ThenBy(b => b.Id).ToListAsync(ct);
        return TypedResults.Ok(ballots.Select(b => new
        {
            id = b.Id, region = regions[b.RegionId], year = b.Year, title = b.Title, max_approvals = b.MaxApprovals,
            opens_at = b.OpensAt, closes_at = b.ClosesAt, closed = b.ClosedAt is not null, sample = b.IsSample,
        }));
    }

    private static async Task<IResult> Show(long id, Ballots ballots, CancellationToken ct)
    {
        var found = await ballots.TallyAsync(id, ct);
        if (found is null)
        {
            return Problems.NotFound($"no ballot {id}");
        }

        var (ballot, tally, candidates, voted) = found.Value;
        var published = ballot.ClosedAt is not null;
        return TypedResults.Ok(new
        {
            id = ballot.Id,
            title = ballot.Title,
            year = ballot.Year,
            sample = ballot.IsSample,
            max_approvals = ballot.MaxApprovals,
            eligible = tally.Rule.EligibleDeputies,
            majority = tally.Rule.Majority,
            voted,
            opens_at = ballot.OpensAt,
            closes_at = ballot.ClosesAt,
            closed_at = ballot.ClosedAt,
            candidates = candidates.Select(c => new
            {
                id = c.Id, number = c.Ordinal, title = c.Title, description = c.Description, category = c.Category,
                budget = c.Budget, owner = c.OwnerDepartment, source = c.Source, sample = c.IsSample,
            }),
            // Counts only after close: a running tally would sway the vote.
            tally = published ? tally.Candidates.Select(c => new
            {
                candidate = c.Candidate, approve = c.Approve, oppose = c.Oppose, abstain = c.Abstain,
                rank = c.Rank, passes = c.PassesMajority, adopted = c.Adopted, tied = c.Tied,
            }) : null,
            tie = published ? tally.TieNote : null,
        });
    }

    private static async Task<IResult> Cast(long id, VoteRequest request, HttpContext context, Ballots ballots, PledgewatchStore store, CancellationToken ct)
    {
        if (request.SubmissionKey is not { } key || key == Guid.Empty)
        {
            return Problems.BadRequest("submission_key (a GUID the client makes once per paper and repeats on retries) is required");
        }

        if (request.Marks is null || request.Marks.Count == 0)
        {
            return Problems.BadRequest("marks: {candidate id: approve|oppose|abstain}");
        }

        var paper = new Dictionary<long, Choice>();
        foreach (var (candidate, mark) in request.Marks)
        {
            Choice? choice = mark switch { "approve" or "赞成" => Choice.Approve, "oppose" or "反对" => Choice.Oppose, "abstain" or "弃权" => Choice.Abstain, _ => null };
            if (choice is null)
            {
                return Problems.BadRequest($"candidate {candidate}: the mark is approve, oppose or abstain");
            }

            paper[candidate] = choice.Value;
        }

        var deputy = await DeputyCodeAsync(store, id, context.User.Identity!.Name!, ct);
        var result = deputy is null
            ? new CastResult(CastOutcome.NotEligible, "you are not on the roster of this ballot")
            : await ballots.CastAsync(id, deputy, key, paper, ct);
        return Answer(result);
    }

    /// <summary>The roster code of the logged-in deputy on this ballot.</summary>
    internal static async Task<string?> DeputyCodeAsync(PledgewatchStore store, long ballot, string user, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        return await db.Deputies.AsNoTracking().Where(d => d.BallotId == ballot && d.UserName == user).Select(d => d.Code).FirstOrDefaultAsync(ct);
    }

    private static IResult Answer(CastResult result) => result.Outcome switch
    {
        CastOutcome.Accepted => TypedResults.Created((string?)null, new { status = "accepted" }),
        CastOutcome.AlreadyAccepted => TypedResults.Ok(new { status = "already_accepted" }),
        CastOutcome.NoBallot => Problems.NotFound(result.Message!),
        CastOutcome.NotEligible => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not on the roster"),
        CastOutcome.Invalid => Problems.BadRequest(result.Message!),
        _ => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: result.Outcome switch
        {
            CastOutcome.AlreadyVoted => "Already voted",
            CastOutcome.Closed => "Voting has closed",
            _ => "Voting has not opened",
        }),
    };
}
