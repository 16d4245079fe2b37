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

    /// <summary>
    /// The first year of the period the value is for, or null for the one year <see cref="Year"/>:
    /// 过去五年…年均增长5.2% in a 2026 report is for 2021–2025 (2021 here, <see cref="Year"/> 2025).
    /// </summary>
    public int? PeriodStart { get; init; }

    /// <summary>The first year of the period, <see cref="Year"/> for one year.</summary>
    public int From => Math.Min(PeriodStart ?? Year, Year);

    /// <summary>True when the value is for more than one year (a five-year average, a plan's total).</summary>
    public bool IsMultiYear => From < Year;

    /// <summary>The range both ends of 增长5%—5.5% belong to, in the claim's signed base units; null otherwise.</summary>
    public ValueRange? Range { get; init; }

    /// <summary>
    /// True for a report's statement that it sets no target for the indicator that year (我们没有提出
    /// 全年经济增速具体目标): a target claim without a value that is shown, not judged.
    /// </summary>
    public bool NoTarget { get; init; }
}

/// <summary>The two ends of a range target (5%—5.5%, 百分之八至九), which is judged as one target.</summary>
public readonly record struct ValueRange(double Low, double High);
