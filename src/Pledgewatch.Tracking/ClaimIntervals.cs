using System.Globalization;
using Pledgewatch.Extraction;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>
/// The intervals a claim stands for (PRODUCT.md, "A claim is an interval"): what an outcome says
/// the true value was, what a target states, and what a target asks given the indicator's polarity.
/// </summary>
public static class ClaimIntervals
{
    /// <summary>The values an outcome allows.</summary>
    public static Interval Outcome(TrackedClaim outcome, IntervalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(settings);
        var claim = outcome.Claim;
        if (claim.Value is not { } v)
        {
            return Direction(claim.Op);
        }

        return claim.Op switch
        {
            Bound.Equal => Around(v, Step(v, claim.Unit, outcome.Written) / 2),
            Bound.About => Around(v, Tolerance(v, claim.Unit, settings)),
            // 突破8500亿 → [8500亿, 8600亿): at least X, less than X plus one unit of its last non-zero digit.
            Bound.AtLeast or Bound.MoreThan when v > 0 => new Interval(v, v + LastDigitStep(v), true, false),
            Bound.AtLeast => Interval.AtLeast(v),
            Bound.MoreThan => Interval.AtLeast(v, closed: false),
            // 下降3%以上 (a change of at most −3) rounds like 以上: (−4, −3].
            Bound.AtMost when v < 0 => new Interval(v - LastDigitStep(v), v, false, true),
            Bound.AtMost => Interval.AtMost(v),
            // 近80万 → [76万, 80万).
            Bound.LessThan when v > 0 => new Interval(settings.NearShare * v, v, true, false),
            Bound.LessThan when v < 0 => new Interval(v - LastDigitStep(v), v, false, false),
            _ => Interval.AtMost(v, closed: false),
        };
    }

    /// <summary>The values a target states, before polarity: 增长6%以上 → [6, +∞).</summary>
    public static Interval Stated(TrackedClaim target, IntervalSettings settings)
    {
        ArgumentNullException.ThrowIfNull(target);
        var claim = target.Claim;
        if (claim.Value is not { } v)
        {
            return Direction(claim.Op);
        }

        // A range (5.0%—5.5%) is one target: from the low end of its low number's precision to the
        // high end of its high number's.
        if (claim.Range is { } range)
        {
            return new Interval(range.Low - Step(range.Low, claim.Unit, "") / 2, range.High + Step(range.High, claim.Unit, "") / 2);
        }

        // A bound starts at the edge of its written precision: 增长5.5%以上 asks at least 5.45, so 5.5%
        // meets it; 5%以内 allows up to 5.05.
        var half = Step(v, claim.Unit, target.Written) / 2;
        return claim.Op switch
        {
            Bound.AtLeast => Interval.AtLeast(v - half),
            Bound.MoreThan => Interval.AtLeast(v - half, closed: false),
            Bound.AtMost => Interval.AtMost(v + half),
            Bound.LessThan => Interval.AtMost(v + half, closed: false),
            _ => Outcome(target, settings),
        };
    }

    /// <summary>
    /// What a target asks: where higher is better, 10万左右 asks for at least about 10万 (overshooting is
    /// not failing); where lower is better, the mirror. Bounds ask what they say.
    /// </summary>
    public static Interval Asked(TrackedClaim target, Polarity polarity, IntervalSettings settings)
    {
        var stated = Stated(target, settings);
        if (target.Claim.Value is null || (target.Claim.Op is not (Bound.Equal or Bound.About) && target.Claim.Range is null))
        {
            return stated;
        }

        return polarity == Polarity.HigherIsBetter
            ? Interval.AtLeast(stated.Low, stated.LowClosed)
            : Interval.AtMost(stated.High, stated.HighClosed);
    }

    /// <summary>Direction-only claims are half-lines at 0: 保持正增长 → (0, +∞).</summary>
    private static Interval Direction(Bound op) => op switch
    {
        Bound.MoreThan => Interval.AtLeast(0, closed: false),
        Bound.AtLeast => Interval.AtLeast(0),
        Bound.LessThan => Interval.AtMost(0, closed: false),
        Bound.AtMost => Interval.AtMost(0),
        _ => Interval.Everything,
    };

    private static Interval Around(double v, double half) => new(v - half, v + half);

    /// <summary>
    /// One unit of the precision a number is read to: as written, and for % and 个百分点 at least one
    /// decimal, as statistics are published (增长5% is 5.0%).
    /// </summary>
    internal static double Step(double value, string unit, string written)
    {
        var step = written.Length > 0 ? WrittenStep(value, written) : LastDigitStep(value);
        return unit is "%" or "个百分点" or "‰" ? Math.Min(step, 0.1) : step;
    }

    private static double Tolerance(double v, string unit, IntervalSettings settings) =>
        unit is "%" or "个百分点" or "‰" ? settings.AboutPoints : Math.Abs(v) * settings.AboutRelative;

    /// <summary>
    /// One unit of the last digit as written: 6.8% → 0.1; 10.4万人 → 1000 (0.1万). Numbers written in
    /// Chinese numerals or as fractions fall back to the value's last non-zero digit.
    /// </summary>
    internal static double WrittenStep(double value, string written)
    {
        var end = 0;
        var decimals = -1;
        var digits = new System.Text.StringBuilder();
        for (; end < written.Length; end++)
        {
            var c = written[end];
            if (c is >= '０' and <= '９')
            {
                c = (char)(c - '０' + '0');
            }

            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
                if (decimals >= 0)
                {
                    decimals++;
                }
            }
            else if ((c is '.' or '．') && decimals < 0)
            {
                digits.Append('.');
                decimals = 0;
            }
            else if (c is not (',' or '，'))
            {
                break;
            }
        }

        var rest = written.AsSpan(end);
        if (digits.Length == 0 || rest.StartsWith("/") || rest.Contains("分之", StringComparison.Ordinal)
            || !double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number == 0)
        {
            return LastDigitStep(value);
        }

        var scale = Math.Abs(value) / number;
        return Math.Pow(10, -Math.Max(decimals, 0)) * scale;
    }

    /// <summary>One unit of the last non-zero digit: 8500亿 → 100亿; 700 → 100; 6.8 → 0.1.</summary>
    internal static double LastDigitStep(double value)
    {
        var magnitude = Math.Abs(value);
        if (magnitude == 0 || double.IsInfinity(magnitude) || double.IsNaN(magnitude))
        {
            return 1;
        }

        for (var k = (int)Math.Floor(Math.Log10(magnitude)); k > -10; k--)
        {
            var step = Math.Pow(10, k);
            var units = magnitude / step;
            if (Math.Abs(units - Math.Round(units)) < 1e-6 * Math.Max(1, units))
            {
                return step;
            }
        }

        return 1e-9;
    }
}
