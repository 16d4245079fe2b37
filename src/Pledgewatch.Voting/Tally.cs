namespace Pledgewatch.Voting;

/// <summary>Counts papers under a <see cref="BallotRule"/>. Deterministic: the same papers give the same result.</summary>
public static class Tally
{
    /// <param name="rule">K and the roster's size.</param>
    /// <param name="candidates">The ballot's candidates.</param>
    /// <param name="papers">Stored papers (each already checked when it was cast).</param>
    /// <exception cref="ArgumentException">A paper breaks the rule: stored papers never should.</exception>
    public static TallyResult Count(BallotRule rule, IReadOnlyCollection<long> candidates, IEnumerable<IReadOnlyDictionary<long, Choice>> papers)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(papers);
        var counts = candidates.ToDictionary(c => c, _ => new int[3]);
        var n = 0;
        foreach (var paper in papers)
        {
            if (rule.Check(candidates, paper) is { } error)
            {
                throw new ArgumentException($"a stored paper breaks the rule: {error}", nameof(papers));
            }

            foreach (var (candidate, choice) in paper)
            {
                counts[candidate][(int)choice]++;
            }

            n++;
        }

        // Rank by approvals; equal approvals share a rank (1, 2, 2, 4).
        var ordered = counts.OrderByDescending(c => c.Value[0]).ThenBy(c => c.Key).ToList();
        var ranks = new Dictionary<long, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[ordered[i].Key] = i > 0 && ordered[i].Value[0] == ordered[i - 1].Value[0] ? ranks[ordered[i - 1].Key] : i + 1;
        }

        // Of those passing the majority, the top K are adopted; a tie straddling the K-th place is reported.
        var passing = ordered.Where(c => c.Value[0] >= rule.Majority).ToList();
        var adopted = new HashSet<long>();
        var tied = new HashSet<long>();
        string? note = null;
        if (passing.Count <= rule.MaxApprovals)
        {
            adopted.UnionWith(passing.Select(c => c.Key));
        }
        else
        {
            var boundary = passing[rule.MaxApprovals - 1].Value[0];
            var above = passing.Where(c => c.Value[0] > boundary).Select(c => c.Key).ToList();
            var atBoundary = passing.Where(c => c.Value[0] == boundary).Select(c => c.Key).ToList();
            adopted.UnionWith(above);
            if (above.Count + atBoundary.Count <= rule.MaxApprovals)
            {
                adopted.UnionWith(atBoundary);
            }
            else
            {
                tied.UnionWith(atBoundary);
                note = $"{atBoundary.Count} candidates tie with {boundary} approvals for the last {rule.MaxApprovals - above.Count} place(s); the tie is reported, not broken";
            }
        }

        var result = ordered.Select(c => new CandidateCount(
            c.Key, c.Value[0], c.Value[1], c.Value[2], ranks[c.Key], c.Value[0] >= rule.Majority, adopted.Contains(c.Key), tied.Contains(c.Key))).ToList();
        return new TallyResult(rule, n, result, note);
    }
}
