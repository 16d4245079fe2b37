namespace Pledgewatch.Voting;

/// <summary>
/// The rule of a 票决 vote (PRODUCT.md, "Votes are sacred"): each deputy marks every candidate
/// 赞成/反对/弃权 and approves at most <see cref="MaxApprovals"/>; a candidate is adopted when its
/// approvals exceed half of all <see cref="EligibleDeputies"/>, then candidates are ranked by
/// approvals and the top <see cref="MaxApprovals"/> adopted; ties are reported, never broken.
/// </summary>
/// <param name="MaxApprovals">K: approvals a deputy may give, and projects that can be adopted.</param>
/// <param name="EligibleDeputies">The roster's size (not the number who voted).</param>
public sealed record BallotRule(int MaxApprovals, int EligibleDeputies)
{
    /// <summary>Approvals a candidate needs: more than half of all eligible deputies.</summary>
    public int Majority => EligibleDeputies / 2 + 1;

    /// <summary>Checks one deputy's paper: every candidate marked once, nothing else, at most K approvals.</summary>
    /// <returns>Null when the paper is valid; else why not, for the deputy.</returns>
    public string? Check(IReadOnlyCollection<long> candidates, IReadOnlyDictionary<long, Choice> paper)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(paper);
        if (Papers.CheckEveryOneMarked(candidates, paper.Keys, "candidate", "赞成, 反对 or 弃权") is { } problem)
        {
            return problem;
        }

        var approvals = paper.Values.Count(c => c == Choice.Approve);
        return approvals > MaxApprovals ? $"at most {MaxApprovals} approvals (赞成); this paper has {approvals}" : null;
    }
}
