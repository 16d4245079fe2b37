namespace Pledgewatch.Extraction;

/// <summary>What the number of a claim measures (claims.md, "How to tell the measures apart").</summary>
public enum Measure
{
    /// <summary>A change against the previous period, as a rate or an amount.</summary>
    Growth,

    /// <summary>The value of the indicator itself.</summary>
    Level,

    /// <summary>Units newly created, built, introduced or achieved in the period.</summary>
    Added,
}
