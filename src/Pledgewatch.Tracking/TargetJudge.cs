using Pledgewatch.Extraction;
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

        var together = outcomes[0].Interval;
        foreach (var e in outcomes.Skip(1))
        {
            together = together.Intersect(e.Interval);
        }

        var derived = outcomes.Any(e => e.Claim.Derived is not null) ? "（由累计数推算）" : "";
        if (together.IsEmpty)
        {
            var each = string.Join("、", outcomes.Select(e => Amounts.ForPeople(e.Interval, unit)));
            return new Judgement(target, Verdict.Unclear, $"{askedText}；结果相互矛盾：{each}。", asked, null, outcomes, polarity, polarityKnown);
        }

        var outcomeText = $"结果{derived} {Amounts.ForPeople(together, unit)}";
        var (verdict, relation) = asked.Contains(together) ? (Verdict.Met, "结果落在要求之内")
            : !asked.Overlaps(together) ? (Verdict.Missed, "结果与要求不相交")
            : (Verdict.Unclear, "结果与要求部分重叠，按所写精度无法判断");
        return new Judgement(target, verdict, $"{askedText}；{outcomeText}：{relation}。", asked, together, outcomes, polarity, polarityKnown);
    }
}
