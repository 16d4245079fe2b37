namespace Pledgewatch.Extraction;

/// <summary>
/// One number that measures something for one period, stated as a goal or as a result.
/// <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the original text.
/// </summary>
public sealed record Claim
{
    public required ClaimKind Kind { get; init; }
    public required int Year { get; init; }
    public required string Region { get; init; }
    public required string Indicator { get; init; }
    public required Measure Measure { get; init; }
    public required Bound Op { get; init; }

    /// <summary>The value in base units, or null for a direction without a number.</summary>
    public required double? Value { get; init; }

    public required string Unit { get; init; }
    public required string Text { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }

    /// <summary>True for 力争 / 争取 goals.</summary>
    public bool Aspirational { get; init; }

    /// <summary>The heading path of the section the claim was read in.</summary>
    public string? Section { get; init; }
}
