using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Web.Features.Voting;

public sealed class ShowModel(Ballots ballots, BallotQueries queries, TimeProvider clock) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

    public TallyResult? Tally { get; private set; }

    public IReadOnlyList<CandidateEntity> Candidates { get; private set; } = [];

    public int Voted { get; private set; }

    public bool CanVote { get; private set; }

    /// <summary>The congress office: administrators and clerks.</summary>
    public bool IsOffice => Pledgewatch.Web.Shared.Policies.IsOffice(User);

    /// <summary>How many have voted: for the office while the ballot is open, for everyone after close.</summary>
    public bool ShowTurnout => IsOffice || Ballot?.ClosedAt is not null;

    /// <summary>On a year-end rating: the counts per project (shown after close).</summary>
    public IReadOnlyList<RatingCount>? Ratings { get; private set; }

    public int Eligible { get; private set; }

    /// <summary>The project each adopted candidate became, by candidate.</summary>
    public IReadOnlyDictionary<long, long> Projects { get; private set; } = new Dictionary<long, long>();

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var found = await ballots.TallyAsync(id, ct);
        if (found is null)
        {
            var rating = await ballots.RatingsAsync(id, ct);
            if (rating is null)
            {
                return NotFound();
            }

            IReadOnlyList<RatingCount> counts;
            (Ballot, counts, Candidates, Voted) = rating.Value;
            Ratings = counts;
        }
        else
        {
            (Ballot, Tally, Candidates, Voted) = found.Value;
        }

        Eligible = (await queries.TurnoutAsync(id, ct)).Eligible;
        Projects = await queries.ProjectsOfAsync([.. Candidates.Select(c => c.Id)], ct);

        var now = clock.GetUtcNow();
        CanVote = User.IsInRole("deputy") && Ballot.ClosedAt is null && now >= Ballot.OpensAt && now < Ballot.ClosesAt
            && await queries.DeputyCodeAsync(id, User.Identity!.Name!, ct) is not null;
        return Page();
    }
}
