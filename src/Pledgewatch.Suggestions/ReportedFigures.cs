using System.Text.RegularExpressions;

namespace Pledgewatch.Suggestions;

/// <summary>Which of the handling figures a report's claim states.</summary>
public enum ReportedFigure
{
    /// <summary>How many deputies' suggestions were handled (办理人大代表建议220件).</summary>
    Handled,

    /// <summary>满意率 of the deputies' ratings.</summary>
    SatisfactionRate,

    /// <summary>办结率: replied on time.</summary>
    OnTimeRate,
}

/// <summary>A report's figure beside the one computed from the records, and whether they agree.</summary>
public sealed record FigureCheck(ReportedFigure Figure, double Reported, double? Computed)
{
    /// <summary>Null when there are no records to compare with; counts must be equal, rates within half a point.</summary>
    public bool? Agrees => Computed is not { } c ? null : Figure == ReportedFigure.Handled ? Math.Abs(Reported - c) < 0.5 : Math.Abs(Reported - c) <= 0.5;
}

/// <summary>
/// How reports write the figures of suggestion handling, so that a report's outcome can be set
/// beside the figure the records give: “办理人大代表建议220件” / “办理人大议案建议220件” (a count in 件),
/// then “满意率100%” or “办结率100%” in the same sentence (a rate in %); a target names them the same way
/// (“代表建议满意率保持在95%以上，办结率达到100%”). A rate is the suggestions' only when its own name or
/// what comes just before it names the deputies' suggestions; 政协提案 alone is the political
/// consultative conference's, not the congress's, and is left alone.
/// </summary>
public static partial class ReportedFigures
{
    /// <summary>The figure a claim states, or null. <paramref name="before"/>: the text of the sentence before the claim's figure.</summary>
    public static ReportedFigure? Of(string indicator, string unit, string before)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(before);
        // A count of suggestions and proposals together is not the congress's alone.
        if (unit == "件" && Count().IsMatch(indicator) && !indicator.Contains("提案", StringComparison.Ordinal))
        {
            return ReportedFigure.Handled;
        }

        if (unit != "%" || !(Count().IsMatch(indicator) || Count().IsMatch(before)) || indicator.Contains("提案", StringComparison.Ordinal))
        {
            return null;
        }

        return indicator.Contains("满意", StringComparison.Ordinal) ? ReportedFigure.SatisfactionRate
            : indicator.Contains("办结", StringComparison.Ordinal) ? ReportedFigure.OnTimeRate
            : null;
    }

    /// <summary>The computed value of a figure from the year's statistics, in the report's terms (a count, or a rate in %).</summary>
    public static double? Computed(ReportedFigure figure, HandlingStatistics? year) => year is null ? null : figure switch
    {
        ReportedFigure.Handled => year.Received,
        ReportedFigure.SatisfactionRate => year.SatisfactionRate * 100,
        _ => year.OnTimeRate * 100,
    };

    [GeneratedRegex("(人大|人民代表大会)?(代表)?(议案和?)?建议")]
    private static partial Regex Count();
}
