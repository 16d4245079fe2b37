using System.Globalization;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>How a verdict was reached.</summary>
public enum ReasonKind
{
    /// <summary>The outcome was compared with what was asked.</summary>
    Compared,

    /// <summary>Two reports of the same standing state different outcomes.</summary>
    Contradictory,

    /// <summary>The next year's report is out and says nothing of it.</summary>
    NotReported,

    /// <summary>The next year's report is not out yet.</summary>
    Pending,

    /// <summary>The report says it sets no target for the year.</summary>
    NoTargetSet,
}

/// <summary>Where the outcome lies against what was asked.</summary>
public enum Relation
{
    Within,
    Apart,
    Overlapping,
}

/// <summary>
/// Why a verdict was given, in parts — the intervals, the polarity and the rule — so each reader
/// gets it in their own language (PRODUCT.md, "A verdict compares intervals").
/// </summary>
/// <param name="Kind">The rule that decided.</param>
/// <param name="Year">The year the target is for.</param>
/// <param name="Unit">The unit of the figures.</param>
/// <param name="Asked">What the target asks (everything when no target is set).</param>
/// <param name="Polarity">The polarity used.</param>
/// <param name="PolarityKnown">False when the indicator is not in the catalog and more was assumed better.</param>
/// <param name="Outcome">The outcome compared (or the year's result beside a year with no target).</param>
/// <param name="Derived">Whether an outcome was worked out from a cumulative figure.</param>
/// <param name="Relation">Where the outcome lies against what was asked, when compared.</param>
/// <param name="Others">The contradicting outcomes, or the statements set aside as disagreeing with the headline one.</param>
public sealed record VerdictReason(
    ReasonKind Kind,
    int Year,
    string Unit,
    Interval Asked,
    Polarity Polarity,
    bool PolarityKnown,
    Interval? Outcome = null,
    bool Derived = false,
    Relation Relation = Relation.Within,
    IReadOnlyList<Interval>? Others = null)
{
    /// <summary>The reason in the reader's language: one wording, its words given in both.</summary>
    public Phrase Words(ReaderLanguage language)
    {
        string T(string chinese, string english) => language == ReaderLanguage.Chinese ? chinese : english;
        var year = Year.ToString(CultureInfo.InvariantCulture);
        var p = new Phrase();
        if (Kind == ReasonKind.NoTargetSet)
        {
            p.Say(T($"报告说明{year}年不设此项具体目标", $"The report says no specific target is set for {year}"));
            return Outcome is { } result
                ? p.Say(T("；结果 ", "; the result is ")).Say(result, Unit, language).Say(T("，无目标可比。", ", with no target to compare it with."))
                : p.Say(T("。", "."));
        }

        p.Say(T("目标要求 ", "The target asks for ")).Say(Asked, Unit, language)
            .Say(T("（", " (") + (Polarity == Polarity.HigherIsBetter ? T("越高越好", "higher is better") : T("越低越好", "lower is better"))
                + (PolarityKnown ? "" : T("（指标不在目录中，按越高越好）", "; the indicator is not in the catalog, so higher is taken as better")) + T("）", ")"));
        switch (Kind)
        {
            case ReasonKind.NotReported:
                return p.Say(T($"；{year}年的结果报告已发布，但未报告此项。", $"; the report on {year} is out but does not report it."));
            case ReasonKind.Pending:
                return p.Say(T($"；{year}年的结果尚未报告。", $"; the results for {year} are not reported yet."));
            case ReasonKind.Contradictory:
                p.Say(T("；结果相互矛盾：", "; the outcomes contradict each other: "));
                List(p, Rest, T("、", ", "), language);
                return p.Say(T("。", "."));
        }

        p.Say(T("；结果", "; the outcome") + (Derived ? T("（由累计数推算）", " (worked out from a cumulative figure)") : "") + T(" ", " is "))
            .Say(Outcome!.Value, Unit, language).Say(T("：", ": "))
            .Say(Relation switch
            {
                Relation.Within => T("结果落在要求之内", "within what was asked"),
                Relation.Apart => T("结果与要求不相交", "outside what was asked"),
                _ => T("结果与要求部分重叠，按所写精度无法判断", "partly within what was asked, so at the precision written it cannot be decided"),
            } + T("。", "."));
        if (Rest.Count > 0)
        {
            p.Say(T("（另有表述 ", " (Also stated: "));
            List(p, Rest, T("、", ", "), language);
            p.Say(T(" 与主要表述不一致，未采用）", ", which disagrees with the main statement and was not used.)"));
        }

        return p;
    }

    public override string ToString() => Words(ReaderLanguage.Chinese).ToString();

    private IReadOnlyList<Interval> Rest => Others ?? [];

    private void List(Phrase p, IReadOnlyList<Interval> intervals, string separator, ReaderLanguage language)
    {
        for (var i = 0; i < intervals.Count; i++)
        {
            p.Say(i == 0 ? "" : separator).Say(intervals[i], Unit, language);
        }
    }
}
