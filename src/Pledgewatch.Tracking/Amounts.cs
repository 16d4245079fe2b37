using System.Globalization;
using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>Numbers for people, in 万 and 亿 as reports write them.</summary>
public static class Amounts
{
    /// <summary>68030000000 → 680.3亿; 11300 → 1.13万; a direction without a number → 方向.</summary>
    public static string ForPeople(double? value)
    {
        if (value is not { } v)
        {
            return "方向";
        }

        var magnitude = Math.Abs(v);
        return magnitude >= 1e8 ? (v / 1e8).ToString("0.####", CultureInfo.InvariantCulture) + "亿"
            : magnitude >= 1e4 ? (v / 1e4).ToString("0.####", CultureInfo.InvariantCulture) + "万"
            : v.ToString("0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>An interval with its ends for people and the unit after it: [10.35万, 10.45万]人.</summary>
    public static string ForPeople(Interval interval, string unit) => interval.Format(x => ForPeople(x)) + unit;

    /// <summary>The period a figure is for: 2025, or 2021—2025 for a five-year figure.</summary>
    public static string PeriodOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.IsMultiYear ? $"{claim.From}—{claim.Year}" : claim.Year.ToString(CultureInfo.InvariantCulture);
    }
}
