namespace Pledgewatch.Voting;

/// <summary>The tally of a ballot.</summary>
/// <param name="Rule">The rule it was counted under.</param>
/// <param name="Papers">Valid papers counted.</param>
/// <param name="Candidates">Every candidate, by rank then id.</param>
/// <param name="TieNote">Why some candidates are neither adopted nor rejected, or null.</param>
public sealed record TallyResult(BallotRule Rule, int Papers, IReadOnlyList<CandidateCount> Candidates, string? TieNote)
{
    public IEnumerable<CandidateCount> Adopted => Candidates.Where(c => c.Adopted);

    /// <summary>A canonical text of the result, for comparing a recount with what was published.</summary>
    public string Canonical() =>
        $"K={Rule.MaxApprovals};N={Rule.EligibleDeputies};papers={Papers};" + string.Join(";", Candidates.OrderBy(c => c.Candidate)
            .Select(c => $"{c.Candidate}:{c.Approve}/{c.Oppose}/{c.Abstain}:r{c.Rank}:{(c.Adopted ? "A" : c.Tied ? "T" : "-")}"));
}
