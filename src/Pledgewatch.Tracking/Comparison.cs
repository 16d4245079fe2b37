using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>One indicator across the regions under one parent in one year: a row per region.</summary>
/// <param name="Parent">The parent region's name (全国, a province, a city).</param>
/// <param name="Year">The year the targets are for.</param>
/// <param name="Indicator">The indicator compared, or null when no region has a target that year.</param>
/// <param name="Reference">The parent's own target for the indicator, when it has one.</param>
/// <param name="Rows">Every child region, with its judgement when it has a target for the indicator.</param>
/// <param name="Choices">The indicators the child regions have targets for, most widely shared first.</param>
public sealed record Comparison(
    string Parent,
    int Year,
    IndicatorChoice? Indicator,
    ComparisonRow? Reference,
    IReadOnlyList<ComparisonRow> Rows,
    IReadOnlyList<IndicatorChoice> Choices)
{
    /// <summary>How many child regions' targets came to a verdict.</summary>
    public int Count(Verdict verdict) => Rows.Count(r => r.Judgement?.Verdict == verdict);

    /// <summary>
    /// Builds the comparison from each region's scorecard (null when nothing of the year was read).
    /// Of the indicators matching what is asked (an indicator, a measure, both or neither) the one
    /// most child regions have a target for is taken, growth before level on a tie (a growth rate
    /// compares across regions of any size).
    /// </summary>
    public static Comparison Of(
        (string Name, string? Code, Scorecard? Card) parent,
        IReadOnlyList<(string Name, string? Code, Scorecard? Card)> children,
        int year,
        string? indicator = null,
        Measure? measure = null)
    {
        ArgumentNullException.ThrowIfNull(children);
        var choices = children
            .SelectMany(c => (c.Card?.Rows ?? []).Select(r => (Choice: new IndicatorChoice(r.Indicator, r.Measure), c.Name)))
            .GroupBy(x => x.Choice)
            .Select(g => g.Key with { Regions = g.Select(x => x.Name).Distinct().Count() })
            .OrderByDescending(c => c.Regions).ThenBy(c => c.Measure == Measure.Growth ? 0 : 1).ThenBy(c => c.Indicator, StringComparer.Ordinal)
            .ToList();
        var chosen = choices.FirstOrDefault(c => (indicator is null || c.Indicator == indicator) && (measure is null || c.Measure == measure))
            ?? (indicator is null ? null : new IndicatorChoice(indicator, measure ?? Measure.Growth));
        ComparisonRow RowOf((string Name, string? Code, Scorecard? Card) region) => new(
            region.Name,
            region.Code,
            region.Card is { Rows.Count: > 0 },
            chosen is null ? null : region.Card?.Rows.FirstOrDefault(r => chosen.Matches(new IndicatorChoice(r.Indicator, r.Measure))));
        var reference = RowOf(parent);
        return new Comparison(
            parent.Name,
            year,
            chosen,
            reference.Judgement is null ? null : reference,
            [.. children.Select(RowOf)],
            choices);
    }

    /// <summary>The rows sorted by a column, ascending or not; regions without a value go last either way.</summary>
    public IReadOnlyList<ComparisonRow> Sorted(ComparisonColumn column, bool descending)
    {
        var withValue = Rows.Where(r => column == ComparisonColumn.Region || KeyOf(r, column) is not null);
        var without = Rows.Where(r => column != ComparisonColumn.Region && KeyOf(r, column) is null);
        var ordered = column == ComparisonColumn.Region
            ? withValue.OrderBy(r => r.Code ?? "~", StringComparer.Ordinal).ThenBy(r => r.Region, StringComparer.Ordinal)
            : withValue.OrderBy(r => KeyOf(r, column));
        var list = ordered.ToList();
        if (descending)
        {
            list.Reverse();
        }

        return [.. list, .. without];
    }

    private static double? KeyOf(ComparisonRow row, ComparisonColumn column) => column switch
    {
        ComparisonColumn.Target => row.Judgement?.Target.Claim.Value,
        ComparisonColumn.Outcome => row.Judgement?.Outcome is { } o ? Middle(o) : null,
        ComparisonColumn.Verdict => row.Judgement is { } j ? (double)j.Verdict : null,
        _ => null,
    };

    private static double? Middle(Interval interval) =>
        double.IsFinite(interval.Low) && double.IsFinite(interval.High) ? (interval.Low + interval.High) / 2
        : double.IsFinite(interval.Low) ? interval.Low
        : double.IsFinite(interval.High) ? interval.High
        : null;
}

/// <summary>An indicator as compared: its canonical name and measure, and how many regions have a target for it.</summary>
public sealed record IndicatorChoice(string Indicator, Measure Measure, int Regions = 0)
{
    public bool Matches(IndicatorChoice other) =>
        other is not null && other.Measure == Measure && string.Equals(other.Indicator, Indicator, StringComparison.Ordinal);
}

/// <summary>A region in a comparison.</summary>
/// <param name="Region">The region's name.</param>
/// <param name="Code">Its GB/T 2260 code, when known.</param>
/// <param name="HasTargets">Whether any target of the year was read for it.</param>
/// <param name="Judgement">Its target for the indicator with the verdict, or null when it has none.</param>
public sealed record ComparisonRow(string Region, string? Code, bool HasTargets, Judgement? Judgement)
{
    /// <summary>The verdict's contract name, or why there is none: no_target_for_indicator (targets, not this one), no_report.</summary>
    public string Status => Judgement is { } j ? VerdictNames.Of(j.Verdict) : HasTargets ? "no_target_for_indicator" : "no_report";
}

/// <summary>The columns a comparison can be sorted by.</summary>
public enum ComparisonColumn
{
    Region,
    Target,
    Outcome,
    Verdict,
}
