using System.Text.Json.Serialization;
using Pledgewatch.Storage.Queries;
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
        group.MapGet("", List).Produces<BallotSummarySchema[]>();
        group.MapGet("/{id:long}", Show).Produces<BallotSchema>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/votes", Cast).RequireAuthorization(Policies.Deputy).RequireRateLimiting(Policies.Writes).ProducesPaper();
        group.MapPost("/{id:long}/ratings", Rate).RequireAuthorization(Policies.Deputy).RequireRateLimiting(Policies.Writes).ProducesPaper();
        return group;
    }

    /// <summary>What casting a paper answers: accepted (201), the same paper again (200), or why not.</summary>
    private static RouteHandlerBuilder ProducesPaper(this RouteHandlerBuilder endpoint) => endpoint
        .Produces<CastAnswerDto>(StatusCodes.Status201Created)
        .Produces<CastAnswerDto>()
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record VoteRequest(
        [property: JsonPropertyName("submission_key")] Guid? SubmissionKey,
        Dictionary<long, string>? Marks);

    private static async Task<IResult> List(BallotQueries queries, CancellationToken ct) =>
        TypedResults.Ok((await queries.ListAsync(ct)).Select(x => new
        {
            id = x.Ballot.Id,
            kind = BallotKinds.Of(x.Ballot.Kind),
            region = x.Region,
            year = x.Ballot.Year,
            title = x.Ballot.Title,
            max_approvals = x.Ballot.MaxApprovals,
            opens_at = x.Ballot.OpensAt,
            closes_at = x.Ballot.ClosesAt,
            closed = x.Ballot.ClosedAt is not null,
            sample = x.Ballot.IsSample,
        }));

    private static async Task<IResult> Show(long id, Ballots ballots, HttpContext context, CancellationToken ct)
    {
        var office = Policies.IsOffice(context.User);
        var found = await ballots.TallyAsync(id, ct);
        if (found is null)
        {
            return await ballots.RatingsAsync(id, ct) is { } rating ? RatingJson(rating, office) : Problems.NotFound($"no ballot {id}");
        }

        var (ballot, tally, candidates, count) = found.Value;
        var published = ballot.ClosedAt is not null;

        // Turnout while the vote is open is the office's: deputies and the public see it after close.
        int? voted = published || office ? count : null;
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
                id = c.Id,
                number = c.Ordinal,
                title = c.Title,
                description = c.Description,
                category = c.Category,
                budget = c.Budget,
                owner = c.OwnerDepartment,
                source = c.Source,
                sample = c.IsSample,
            }),
            // Counts only after close: a running tally would sway the vote.
            tally = published ? tally.Candidates.Select(c => new
            {
                candidate = c.Candidate,
                approve = c.Approve,
                oppose = c.Oppose,
                abstain = c.Abstain,
                rank = c.Rank,
                passes = c.PassesMajority,
                adopted = c.Adopted,
                tied = c.Tied,
            }) : null,
            tie = published ? tally.TieNote : null,
            papers_digest = published ? ballot.PapersDigest : null,
            audit_head = published ? ballot.AuditHead : null,
        });
    }

    private static Task<IResult> Cast(long id, VoteRequest request, HttpContext context, Ballots ballots, BallotQueries queries, CancellationToken ct) =>
        CastPaperAsync(id, request, context, queries, MarkNames.ChoiceNames, MarkNames.ParseChoice,
            (deputy, key, paper) => ballots.CastAsync(id, deputy, key, paper, ct), ct);

    private static Task<IResult> Rate(long id, VoteRequest request, HttpContext context, Ballots ballots, BallotQueries queries, CancellationToken ct) =>
        CastPaperAsync(id, request, context, queries, MarkNames.RatingNames, MarkNames.ParseRating,
            (deputy, key, paper) => ballots.RateAsync(id, deputy, key, paper, ct), ct);

    /// <summary>Reads a paper's submission key and marks, finds the deputy on the roster, and casts it.</summary>
    private static async Task<IResult> CastPaperAsync<TMark>(
        long id, VoteRequest request, HttpContext context, BallotQueries queries, string marks, Func<string, TMark?> read,
        Func<string, Guid, IReadOnlyDictionary<long, TMark>, Task<CastResult>> cast, CancellationToken ct)
        where TMark : struct
    {
        if (request.SubmissionKey is not { } key || key == Guid.Empty)
        {
            return Problems.BadRequest("submission_key (a GUID the client makes once per paper and repeats on retries) is required");
        }

        if (request.Marks is null || request.Marks.Count == 0)
        {
            return Problems.BadRequest($"marks: {{id: {marks}}}");
        }

        var paper = new Dictionary<long, TMark>();
        foreach (var (item, mark) in request.Marks)
        {
            if (read(mark) is not { } value)
            {
                return Problems.BadRequest($"{item}: the mark is one of {marks}");
            }

            paper[item] = value;
        }

        var deputy = await queries.DeputyCodeAsync(id, context.User.Identity!.Name!, ct);
        return Answer(deputy is null ? new CastResult(CastOutcome.NotEligible, "you are not on the roster of this ballot") : await cast(deputy, key, paper));
    }

    private static IResult RatingJson((Storage.Entities.BallotEntity Ballot, IReadOnlyList<RatingCount> Counts, IReadOnlyList<Storage.Entities.CandidateEntity> Items, int Voted) rating, bool office)
    {
        var (ballot, counts, items, count) = rating;
        var published = ballot.ClosedAt is not null;
        int? voted = published || office ? count : null;
        return TypedResults.Ok(new
        {
            id = ballot.Id,
            kind = BallotKinds.Of(ballot.Kind),
            title = ballot.Title,
            year = ballot.Year,
            sample = ballot.IsSample,
            voted,
            opens_at = ballot.OpensAt,
            closes_at = ballot.ClosesAt,
            closed_at = ballot.ClosedAt,
            projects = items.Select(i => new { item = i.Id, project = i.ProjectId, title = i.Title, category = i.Category, sample = i.IsSample }),
            // Counts only after close, as for a vote.
            ratings = published ? counts.Select(c => new
            {
                item = c.Project,
                satisfied = c.Satisfied,
                fairly_satisfied = c.FairlySatisfied,
                dissatisfied = c.Dissatisfied,
                papers = c.Papers,
                satisfaction_rate = c.SatisfactionRate,
                needs_rectification = c.NeedsRectification,
            }) : null,
            papers_digest = published ? ballot.PapersDigest : null,
            audit_head = published ? ballot.AuditHead : null,
        });
    }

    private static IResult Answer(CastResult result) => result.Outcome switch
    {
        CastOutcome.Accepted => TypedResults.Created((string?)null, new CastAnswerDto("accepted")),
        CastOutcome.AlreadyAccepted => TypedResults.Ok(new CastAnswerDto("already_accepted")),
        CastOutcome.NoBallot => Problems.NotFound(result.Message!),
        CastOutcome.NotEligible => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status403Forbidden, title: "Not on the roster"),
        CastOutcome.Invalid => Problems.BadRequest(result.Message!),
        _ => Results.Problem(detail: result.Message, statusCode: StatusCodes.Status409Conflict, title: result.Outcome switch
        {
            CastOutcome.AlreadyVoted => "Already voted",
            CastOutcome.KeyReused => "Submission key already used",
            CastOutcome.Closed => "Voting has closed",
            _ => "Voting has not opened",
        }),
    };
}
