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
        var unit = target.Claim.Unit;
        var polarityText = (polarity == Polarity.HigherIsBetter ? "越高越好" : "越低越好") + (polarityKnown ? "" : "（指标不在目录中，按越高越好）");
        var askedText = $"目标要求 {Amounts.ForPeople(asked, unit)}（{polarityText}）";
        if (outcomes.Count == 0)
        {
            return outcomeReportOut
                ? new Judgement(target, Verdict.NotReported, $"{askedText}；{target.Claim.Year}年的结果报告已发布，但未报告此项。", asked, null, outcomes, polarity, polarityKnown)
                : new Judgement(target, Verdict.Pending, $"{askedText}；{target.Claim.Year}年的结果尚未报告。", asked, null, outcomes, polarity, polarityKnown);
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

        var derived = outcomes.Any(e => e.Claim.Derived is not null) ? "（由累计数推算）" : "";
        if (aside.Any(e => SameStanding(e.Claim.Document, headline.Claim.Document)))
        {
            var each = string.Join("、", ordered.Select(e => Amounts.ForPeople(e.Interval, unit)));
            return new Judgement(target, Verdict.Unclear, $"{askedText}；结果相互矛盾：{each}。", asked, null, ordered, polarity, polarityKnown);
        }

        var asideText = aside.Count == 0 ? ""
            : $"（另有表述 {string.Join("、", aside.Select(e => Amounts.ForPeople(e.Interval, unit)))} 与主要表述不一致，未采用）";
        var outcomeText = $"结果{derived} {Amounts.ForPeople(together, unit)}";
        var (verdict, relation) = asked.Contains(together) ? (Verdict.Met, "结果落在要求之内")
            : !asked.Overlaps(together) ? (Verdict.Missed, "结果与要求不相交")
            : (Verdict.Unclear, "结果与要求部分重叠，按所写精度无法判断");
        return new Judgement(target, verdict, $"{askedText}；{outcomeText}：{relation}。{asideText}", asked, together, ordered, polarity, polarityKnown);
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
        var reason = $"报告说明{target.Claim.Year}年不设此项具体目标"
            + (result is null ? "。" : $"；结果 {Amounts.ForPeople(result.Interval, target.Claim.Unit)}，无目标可比。");
        return new Judgement(target, Verdict.NoTargetSet, reason, Interval.Everything, result?.Interval, outcomes, polarity, polarityKnown);
    }
}
