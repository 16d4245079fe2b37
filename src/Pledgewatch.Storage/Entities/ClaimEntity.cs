using Pledgewatch.Extraction;

namespace Pledgewatch.Storage.Entities;

/// <summary>A claim as extracted. Never changed: corrections are <see cref="ClaimCorrectionEntity"/> rows.</summary>
public sealed class ClaimEntity
{
    public long Id { get; set; }

    public long DocumentId { get; set; }

    public DocumentEntity? Document { get; set; }

    /// <summary>Position in the document's claims, from 0.</summary>
    public int Ordinal { get; set; }

    /// <summary>The region the claim is for (the document's, kept here for queries by region and year).</summary>
    public int RegionId { get; set; }

    public required ClaimKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The indicator as extracted; the catalog's aliases map it to a canonical name.</summary>
    public required string Indicator { get; set; }

    public required Measure Measure { get; set; }

    public required Bound Op { get; set; }

    public double? Value { get; set; }

    public required string Unit { get; set; }

    /// <summary>The clause the claim was read from.</summary>
    public required string Text { get; set; }

    /// <summary>The number as written, source[Start..End).</summary>
    public required string Written { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public bool Aspirational { get; set; }

    public string? Section { get; set; }

    /// <summary>The first year of a multi-year period (年均, 过去五年, “十四五”时期); null for one year.</summary>
    public int? PeriodStart { get; set; }

    /// <summary>The low end of the range the claim belongs to (5%—5.5%), or null.</summary>
    public double? RangeLow { get; set; }

    /// <summary>The high end of the range the claim belongs to, or null.</summary>
    public double? RangeHigh { get; set; }

    /// <summary>The report says it sets no target for the indicator that year (没有提出…具体目标).</summary>
    public bool NoTarget { get; set; }
}
