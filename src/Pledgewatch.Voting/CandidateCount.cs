namespace Pledgewatch.Voting;

/// <summary>One candidate's marks, rank and outcome.</summary>
/// <param name="Candidate">The candidate's id.</param>
/// <param name="Approve">赞成.</param>
/// <param name="Oppose">反对.</param>
/// <param name="Abstain">弃权.</param>
/// <param name="Rank">1 for the most approvals; equal approvals share a rank.</param>
/// <param name="PassesMajority">Approvals exceed half of all eligible deputies.</param>
/// <param name="Adopted">Adopted (passes, and ranks within K without a tie at the boundary).</param>
/// <param name="Tied">Tied at the boundary of K: neither adopted nor rejected until the congress decides.</param>
public sealed record CandidateCount(long Candidate, int Approve, int Oppose, int Abstain, int Rank, bool PassesMajority, bool Adopted, bool Tied);
