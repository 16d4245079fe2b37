using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>
/// Links a region's targets for a year to the outcomes for the same indicator, measure and year, from
/// whichever documents state them, and judges each.
/// </summary>
public sealed class ScorecardBuilder(IntervalSettings settings, PolarityLookup polarity)
{
    private readonly TargetJudge _judge = new(settings);

    /// <param name="region">The region's name.</param>
    /// <param name="year">The year of the targets.</param>
    /// <param name="claims">The region's claims for <paramref name="year"/> and the year before (for derived outcomes).</param>
    /// <param name="outcomeReportOut">Whether a report on the year's results is out (else silence means pending).</param>
    public Scorecard Build(string region, int year, IEnumerable<TrackedClaim> claims, bool outcomeReportOut)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var all = claims.ToList();
        var outcomes = all.Where(c => c.Claim.Kind == ClaimKind.Outcome).ToLookup(ClaimKey.Of);
        var rows = new List<Judgement>();
        foreach (var target in DistinctTargets(all.Where(c => c.Claim.Kind == ClaimKind.Target && c.Claim.Year == year)))
        {
            var key = ClaimKey.Of(target);
            var evidence = outcomes[key].Select(o => new Evidence(o, ClaimIntervals.Outcome(o, settings))).ToList();
            if (evidence.Count == 0 && key.Measure == Measure.Added)
            {
                evidence.AddRange(DeriveAdded(key, outcomes));
            }

            var (p, known) = polarity(target.Indicator);
            rows.Add(_judge.Judge(target, evidence, p, known, outcomeReportOut));
        }

        return new Scorecard(region, year, outcomeReportOut, rows);
    }

    /// <summary>
    /// The same target stated in several places (the report and the news feature restating it) is one
    /// row: the government's own document first, then the earliest statement. Both ends of a range
    /// (5%—5.5%) are one target, shown by its low end.
    /// </summary>
    public static IEnumerable<TrackedClaim> DistinctTargets(IEnumerable<TrackedClaim> targets) => targets
        .GroupBy(t => t.Claim.Range is { } range ? (ClaimKey.Of(t), Bound.Equal, (double?)null, range, t.Claim.Aspirational) : (ClaimKey.Of(t), t.Claim.Op, t.Claim.Value, default(ValueRange), t.Claim.Aspirational))
        .Select(g => g.OrderBy(t => t.Document.IsRestatement).ThenBy(t => t.Document.ReportYear).ThenBy(t => t.Document.Id).ThenBy(t => t.Claim.Start).First())
        .OrderBy(t => t.Document.IsRestatement).ThenBy(t => t.Document.ReportYear).ThenBy(t => t.Document.Id).ThenBy(t => t.Claim.Start);

    /// <summary>
    /// A target stated as added, with outcomes only as levels in consecutive years
    /// (新增上市企业20家 vs 累计96家 → 累计突破100家): the difference of the levels, marked derived.
    /// </summary>
    private IEnumerable<Evidence> DeriveAdded(ClaimKey key, ILookup<ClaimKey, TrackedClaim> outcomes)
    {
        var now = outcomes[key with { Measure = Measure.Level }].ToList();
        var before = outcomes[key with { Measure = Measure.Level, Year = key.Year - 1, From = key.From - 1 }].ToList();
        if (now.Count == 0 || before.Count == 0)
        {
            yield break;
        }

        var nowInterval = Together(now);
        var beforeInterval = Together(before);
        if (nowInterval.IsEmpty || beforeInterval.IsEmpty)
        {
            yield break;
        }

        var difference = nowInterval.Minus(beforeInterval);
        var first = now[0];
        var claim = first.Claim with
        {
            Measure = Measure.Added,
            Op = Bound.Equal,
            Value = now[0].Claim.Value - before[0].Claim.Value,
        };
        yield return new Evidence(
            new TrackedClaim(0, claim, first.Indicator, first.Written, first.Document, Derived: $"level {key.Year} − level {key.Year - 1}")
            {
                DerivedFrom = [.. now, .. before],
            },
            difference);
    }

    private Interval Together(IEnumerable<TrackedClaim> claims)
    {
        var result = Interval.Everything;
        foreach (var c in claims)
        {
            result = result.Intersect(ClaimIntervals.Outcome(c, settings));
        }

        return result;
    }
}
