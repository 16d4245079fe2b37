using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// The unit a chart's axis is read in, chosen per series from its largest figure: 亿元 or 万人 in
/// Chinese, billion yuan or thousand people in English; shares (%, ‰) as they are.
/// </summary>
public static class AxisUnits
{
    /// <returns>What to divide the figures by and the unit to name on the axis.</returns>
    public static (double Divisor, string Unit) For(double largest, string unit, ReaderLanguage language)
    {
        var magnitude = Math.Abs(largest);
        if (unit is "%" or "‰" || double.IsNaN(magnitude))
        {
            return (1, unit);
        }

        if (language == ReaderLanguage.Chinese)
        {
            return magnitude >= 1e8 ? (1e8, "亿" + unit) : magnitude >= 1e4 ? (1e4, "万" + unit) : (1, unit);
        }

        var name = UnitNames.After(unit, language)?.Trim() is { Length: > 0 } english ? english : unit;
        return magnitude >= 1e9 ? (1e9, $"billion {name}") : magnitude >= 1e6 ? (1e6, $"million {name}")
            : magnitude >= 1e4 ? (1e3, $"thousand {name}") : (1, name);
    }

    /// <summary>Every year from the first to the last, so a year with no figure shows as a gap, not squeezed out.</summary>
    public static IReadOnlyList<int> EvenYears(IEnumerable<int> years)
    {
        var all = years.ToList();
        return all.Count == 0 ? [] : [.. Enumerable.Range(all.Min(), all.Max() - all.Min() + 1)];
    }
}
