namespace Pledgewatch.Extraction.Numbers;

/// <summary>A number with its multiplier and unit, as found in the clean text.</summary>
internal readonly record struct Quantity
{
    /// <summary>Clean-text start of the number (with a fraction's denominator, a 上 of 上千万 excluded).</summary>
    public required int Start { get; init; }

    /// <summary>Clean-text end of the number with its multiplier and unit.</summary>
    public required int End { get; init; }

    /// <summary>The value in base units.</summary>
    public required double Value { get; init; }

    /// <summary>The unit, null when none is written (a bare 万亿, or 1.9万 before 困难老年人).</summary>
    public UnitDefinition? Unit { get; init; }

    /// <summary>多 or 余 was written: more than the number.</summary>
    public bool MoreThan { get; init; }

    /// <summary>Written with Chinese numerals (三千五百, 两).</summary>
    public bool Chinese { get; init; }

    /// <summary>A ratio written as X：1.</summary>
    public bool Ratio { get; init; }

    /// <summary>The number had a multiplier (万, 亿).</summary>
    public bool HasMultiplier { get; init; }

    public string BaseUnit => Ratio ? "" : Unit?.Base ?? "";

    public UnitKind Kind => Unit?.Kind ?? UnitKind.Count;
}
