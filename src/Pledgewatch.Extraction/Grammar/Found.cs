using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>A quantity found in a sentence, with what the grammar decided about it.</summary>
internal struct Found
{
    public Quantity Q;

    /// <summary>The unit the grammar settled on (a bare 1.9万 before 老年人 takes 人).</summary>
    public Numbers.UnitDefinition? Unit;

    /// <summary>It measures something; false for names, thresholds, dates and bare numbers.</summary>
    public bool IsClaim;

    /// <summary>A class threshold (超10亿元项目), part of the indicator.</summary>
    public bool IsThreshold;

    /// <summary>Bound from a range (5%—5.5%): the low end asks at least, the high end at most.</summary>
    public Bound? RangeBound;

    /// <summary>The two numbers of the range in base units (5 and 5.5 in 5%—5.5%), as <see cref="BaseValue"/>.</summary>
    public double RangeLow, RangeHigh;

    /// <summary>Where the bound words after the number end.</summary>
    public int ConsumedEnd;

    /// <summary>The bound written after the number, if any.</summary>
    public Bound? After;

    /// <summary>The bound written before the number, if any, and where that word starts.</summary>
    public Bound? Before;

    public int BeforeStart;

    /// <summary>The whole a share is taken of, written between the bound and the number (接近全国十分之一), or null.</summary>
    public string? Whole;

    /// <summary>The number in the unit the grammar settled on (1.9万 with 人 → 19000): the quantity scaled when the unit was changed.</summary>
    public readonly double BaseValue => Q.Value * (Unit is not null && Unit != Q.Unit ? Unit.Factor : 1);
}

/// <summary>Questions about the quantities of a sentence, in text order.</summary>
internal static class FoundList
{
    /// <summary>A claim or a threshold among the quantities (in text order) that start in [a, b).</summary>
    public static bool AnyIn(ReadOnlySpan<Found> found, int a, int b)
    {
        // The list is in text order: find the first quantity at or after a.
        int lo = 0, hi = found.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (found[mid].Q.Start < a)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < found.Length && found[k].Q.Start < b; k++)
        {
            if (found[k].IsClaim || found[k].IsThreshold)
            {
                return true;
            }
        }

        return false;
    }
}
