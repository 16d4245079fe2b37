using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>
/// Judges one target against the outcomes for its region, indicator, measure and year
/// (PRODUCT.md, "A verdict compares intervals").
/// </summary>
public sealed class TargetJudge(IntervalSettings settings)
{
    public Judgement Judge(TrackedClaim target, IReadOnlyList<Evidence> outcomes, Polarity polarity, bool polarityKnown, bool outcomeReportOut)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (target.Claim.NoTarget)
        {
            return NoTargetSet(target, outcomes, polarity, polarityKnown);
        }

        var asked = ClaimIntervals.Asked(target, polarity, settings);
        var why = new VerdictReason(ReasonKind.Compared, target.Claim.Year, target.Claim.Unit, asked, polarity, polarityKnown);
        if (outcomes.Count == 0)
        {
            return outcomeReportOut
                ? new Judgement(target, Verdict.NotReported, why with { Kind = ReasonKind.NotReported }, asked, null, outcomes, polarity, polarityKnown)
                : new Judgement(target, Verdict.Pending, why with { Kind = ReasonKind.Pending }, asked, null, outcomes, polarity, polarityKnown);
        }

        // One answer per target: the headline statement (the government's own report of the next year,
        // where it first states the figure) answers it; statements that agree with it narrow it, and
        // a passing mention that disagrees is listed, not averaged in. Only two documents of the same
        // standing that disagree make the outcome unclear.
        var ordered = HeadlineFirst(target, outcomes);
        var headline = ordered[0];
        var together = headline.Interval;
        var aside = new List<Evidence>();
        foreach (var e in ordered.Skip(1))
        {
            var narrowed = together.Intersect(e.Interval);
            if (!narrowed.IsEmpty)
            {
                together = narrowed;
            }
            else
            {
                aside.Add(e);
            }
        }

        if (aside.Any(e => SameStanding(e.Claim.Document, headline.Claim.Document)))
        {
            var contradictory = why with { Kind = ReasonKind.Contradictory, Others = [.. ordered.Select(e => e.Interval)] };
            return new Judgement(target, Verdict.Unclear, contradictory, asked, null, ordered, polarity, polarityKnown);
        }

        var (verdict, relation) = asked.Contains(together) ? (Verdict.Met, Relation.Within)
            : !asked.Overlaps(together) ? (Verdict.Missed, Relation.Apart)
            : (Verdict.Unclear, Relation.Overlapping);
        var compared = why with
        {
            Outcome = together,
            Derived = outcomes.Any(e => e.Claim.Derived is not null),
            Relation = relation,
            Others = [.. aside.Select(e => e.Interval)],
        };
        return new Judgement(target, verdict, compared, asked, together, ordered, polarity, polarityKnown);
    }

    /// <summary>
    /// The outcomes with the headline statement first: the government's own report before a
    /// restatement, the report of the year after the target's before later ones, then document order.
    /// </summary>
    private static List<Evidence> HeadlineFirst(TrackedClaim target, IReadOnlyList<Evidence> outcomes) => outcomes
        .OrderBy(e => e.Claim.Document.IsRestatement)
        .ThenBy(e => Math.Abs(e.Claim.Document.ReportYear - (target.Claim.Year + 1)))
        .ThenBy(e => e.Claim.Document.Id)
        .ThenBy(e => e.Claim.Claim.Start)
        .ToList();

    /// <summary>Two different documents of the same kind and year (two reports of one government for one year).</summary>
    private static bool SameStanding(DocumentRef a, DocumentRef b) =>
        a.Id != b.Id && a.IsRestatement == b.IsRestatement && a.ReportYear == b.ReportYear;

    /// <summary>
    /// A year for which the report said it sets no target: a row of its own, with the year's result
    /// beside it when a report gives one, and nothing to judge.
    /// </summary>
    private static Judgement NoTargetSet(TrackedClaim target, IReadOnlyList<Evidence> outcomes, Polarity polarity, bool polarityKnown)
    {
        var result = HeadlineFirst(target, outcomes).FirstOrDefault();
        var reason = new VerdictReason(ReasonKind.NoTargetSet, target.Claim.Year, target.Claim.Unit, Interval.Everything, polarity, polarityKnown, result?.Interval);
        return new Judgement(target, Verdict.NoTargetSet, reason, Interval.Everything, result?.Interval, outcomes, polarity, polarityKnown);
    }
}
