using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Web.Features.Voting;

public sealed class ShowModel(Ballots ballots, PledgewatchStore store, TimeProvider clock) : PageModel
{
    public BallotEntity? Ballot { get; private set; }

    public TallyResult? Tally { get; private set; }

    public IReadOnlyList<CandidateEntity> Candidates { get; private set; } = [];

    public int Voted { get; private set; }

    public bool CanVote { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var found = await ballots.TallyAsync(id, ct);
        if (found is null)
        {
            return NotFound();
        }

        (Ballot, Tally, Candidates, Voted) = found.Value;
        var now = clock.GetUtcNow();
        CanVote = User.IsInRole("deputy") && Ballot.ClosedAt is null && now >= Ballot.OpensAt && now < Ballot.ClosesAt
            && await VotingEndpoints.DeputyCodeAsync(store, id, User.Identity!.Name!, ct) is not null;
        return Page();
    }
}
