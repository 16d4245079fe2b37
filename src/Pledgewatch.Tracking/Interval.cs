using System.Globalization;

namespace Pledgewatch.Tracking;

/// <summary>A set of real numbers between two ends, each open or closed; infinite ends are open.</summary>
public readonly record struct Interval(double Low, double High, bool LowClosed = true, bool HighClosed = true)
{
    public static Interval Everything => new(double.NegativeInfinity, double.PositiveInfinity, false, false);

    public static Interval AtLeast(double x, bool closed = true) => new(x, double.PositiveInfinity, closed, false);

    public static Interval AtMost(double x, bool closed = true) => new(double.NegativeInfinity, x, false, closed);

    public bool IsEmpty => Low > High || (Low == High && !(LowClosed && HighClosed));

    /// <summary>The numbers in both.</summary>
    public Interval Intersect(Interval other)
    {
        var (low, lowClosed) = Low > other.Low ? (Low, LowClosed)
            : other.Low > Low ? (other.Low, other.LowClosed)
            : (Low, LowClosed && other.LowClosed);
        var (high, highClosed) = High < other.High ? (High, HighClosed)
            : other.High < High ? (other.High, other.HighClosed)
            : (High, HighClosed && other.HighClosed);
        return new Interval(low, high, lowClosed, highClosed);
    }

    public bool Overlaps(Interval other) => !Intersect(other).IsEmpty;

    /// <summary>True when every number of <paramref name="inner"/> is in this interval.</summary>
    public bool Contains(Interval inner)
    {
        if (inner.IsEmpty)
        {
            return true;
        }

        var lowOk = inner.Low > Low || (inner.Low == Low && (LowClosed || !inner.LowClosed));
        var highOk = inner.High < High || (inner.High == High && (HighClosed || !inner.HighClosed));
        return lowOk && highOk;
    }

    /// <summary>The differences a − b for a in this interval and b in <paramref name="other"/>.</summary>
    public Interval Minus(Interval other) =>
        new(Low - other.High, High - other.Low, LowClosed && other.HighClosed, HighClosed && other.LowClosed);

    /// <summary>Interval notation with numbers in plain form: [6.75, 6.85], [100, +∞).</summary>
    public override string ToString() => Format(x => x.ToString("0.######", CultureInfo.InvariantCulture));

    /// <summary>Interval notation with each end written by <paramref name="number"/>.</summary>
    public string Format(Func<double, string> number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var low = double.IsNegativeInfinity(Low) ? "−∞" : number(Low);
        var high = double.IsPositiveInfinity(High) ? "+∞" : number(High);
        return $"{(LowClosed ? '[' : '(')}{low}, {high}{(HighClosed ? ']' : ')')}";
    }
}
