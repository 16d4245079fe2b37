using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>
/// Follows a year's targets into the next year's plan: those that come back (the same, raised or
/// quietly lowered) and those dropped without having been met.
/// </summary>
public sealed class CarryOverFinder(IntervalSettings settings)
{
    /// <param name="scorecard">The earlier year's targets with verdicts.</param>
    /// <param name="nextTargets">The region's targets for the next year.</param>
    /// <param name="nextPlanOut">Whether a plan for the next year is out (else nothing can be said to be dropped).</param>
    public IEnumerable<CarryOver> Find(Scorecard scorecard, IEnumerable<TrackedClaim> nextTargets, bool nextPlanOut)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(nextTargets);
        // A year with no target set for an indicator has nothing to raise or lower.
        var distinct = ScorecardBuilder.DistinctTargets(nextTargets.Where(t => !t.Claim.NoTarget)).ToList();
        var next = distinct.ToLookup(t => ClaimKey.Of(t) with { Year = scorecard.Year, From = t.Claim.From - (t.Claim.Year - scorecard.Year) });
        foreach (var row in scorecard.Rows.Where(r => r.Verdict != Verdict.NoTargetSet))
        {
            var candidates = next[ClaimKey.Of(row.Target)].ToList();
            if (candidates.Count == 0)
            {
                // Reworded: 整车产量 comes back as 新能源整车产量 (a qualifier added or dropped).
                candidates = [.. distinct.Where(t => t.Claim.Measure == row.Measure && t.Claim.Unit == row.Target.Claim.Unit && Reworded(row.Indicator, t.Indicator))];
            }

            if (candidates.Count == 0)
            {
                if (nextPlanOut && row.Verdict is Verdict.Missed or Verdict.Unclear or Verdict.NotReported)
                {
                    yield return new CarryOver(CarryOverKind.Dropped, row, null, null);
                }

                continue;
            }

            var after = candidates.FirstOrDefault(c => c.Claim.Aspirational == row.Target.Claim.Aspirational) ?? candidates[0];
            var askedAfter = ClaimIntervals.Asked(after, row.Polarity, settings);
            var change = Compare(row.Asked, askedAfter, row.Polarity);
            yield return new CarryOver(change, row, after, askedAfter);
        }
    }

    private static bool Reworded(string before, string after) =>
        Math.Min(before.Length, after.Length) >= 3 && before != after
        && (after.EndsWith(before, StringComparison.Ordinal) || before.EndsWith(after, StringComparison.Ordinal));

    private static CarryOverKind Compare(Interval before, Interval after, Polarity polarity)
    {
        // Where higher is better a target asks for a floor; lowering the floor asks less.
        var (b, a) = polarity == Polarity.HigherIsBetter ? (before.Low, after.Low) : (-before.High, -after.High);
        if (double.IsInfinity(a) || double.IsInfinity(b) || Math.Abs(a - b) <= 1e-9 * Math.Max(1, Math.Abs(b)))
        {
            return CarryOverKind.Repeated;
        }

        return a > b ? CarryOverKind.Raised : CarryOverKind.Lowered;
    }
}
