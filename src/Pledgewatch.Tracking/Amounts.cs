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

    /// <summary>
    /// A number as a report would write it, exactly (for a form to be sent back unchanged):
    /// 68030000000 → 680.3亿, 104000 → 10.4万, 68031234567 → 680.31234567亿, 5.5 → 5.5.
    /// </summary>
    public static string AsWritten(double value)
    {
        foreach (var (scale, word) in new[] { (1e8, "亿"), (1e4, "万") })
        {
            if (Math.Abs(value) >= scale)
            {
                var scaled = (value / scale).ToString("0.############", CultureInfo.InvariantCulture);
                if (double.Parse(scaled, CultureInfo.InvariantCulture) * scale is var back && Math.Abs(back - value) <= Math.Abs(value) * 1e-12)
                {
                    return scaled + word;
                }
            }
        }

        return value.ToString("R", CultureInfo.InvariantCulture);
    }

    /// <summary>A number as the reader's language writes it: 680.3亿 in Chinese, 68.03 billion in English.</summary>
    public static string ForPeople(double? value, ReaderLanguage language)
    {
        if (language == ReaderLanguage.Chinese)
        {
            return ForPeople(value);
        }

        if (value is not { } v)
        {
            return "a direction";
        }

        var magnitude = Math.Abs(v);
        return magnitude >= 1e9 ? (v / 1e9).ToString("0.####", CultureInfo.InvariantCulture) + " billion"
            : magnitude >= 1e6 ? (v / 1e6).ToString("0.####", CultureInfo.InvariantCulture) + " million"
            : v.ToString("#,0.####", CultureInfo.InvariantCulture);
    }

    /// <summary>An interval with its ends for people and the unit after it: [10.35万, 10.45万]人.</summary>
    public static string ForPeople(Interval interval, string unit) => interval.Format(x => ForPeople(x)) + unit;

    /// <summary>
    /// An interval for people in the reader's language with the unit after it: [10.35万, 10.45万]人,
    /// [103,500, 104,500] people; a unit with no English name stays as written, marked as data.
    /// </summary>
    public static Phrase Say(this Phrase phrase, Interval interval, string unit, ReaderLanguage language)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return phrase.Say(interval.Format(x => ForPeople(x, language))).SayUnit(unit, language);
    }

    /// <summary>A unit after a number in the reader's language (人, people); one with no English name stays as written, marked as data.</summary>
    public static Phrase SayUnit(this Phrase phrase, string unit, ReaderLanguage language)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return UnitNames.After(unit, language) is { } after ? phrase.Say(after) : phrase.Say(" ").Quote(unit);
    }

    /// <summary>The period a figure is for: 2025, or 2021—2025 for a five-year figure.</summary>
    public static string PeriodOf(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim.IsMultiYear ? $"{claim.From}—{claim.Year}" : claim.Year.ToString(CultureInfo.InvariantCulture);
    }
}
