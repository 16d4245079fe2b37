using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>Claims to rows and back, in the contract's spellings.</summary>
internal static class ClaimRows
{
    public static ClaimEntity ToEntity(Claim claim, long documentId, int regionId, int ordinal, string source) => new()
    {
        DocumentId = documentId,
        RegionId = regionId,
        Ordinal = ordinal,
        Kind = claim.Kind,
        Year = claim.Year,
        Indicator = claim.Indicator,
        Measure = claim.Measure,
        Op = claim.Op,
        Value = claim.Value,
        Unit = claim.Unit,
        Text = claim.Text,
        Written = claim.End <= source.Length && claim.Start <= claim.End ? source[claim.Start..claim.End] : "",
        Start = claim.Start,
        End = claim.End,
        Aspirational = claim.Aspirational,
        Section = claim.Section,
        PeriodStart = claim.PeriodStart,
        RangeLow = claim.Range?.Low,
        RangeHigh = claim.Range?.High,
        NoTarget = claim.NoTarget,
    };

    /// <summary>Each claim's latest correction, by claim id.</summary>
    public static Dictionary<long, ClaimCorrectionEntity> Latest(IEnumerable<ClaimCorrectionEntity> corrections) =>
        corrections.GroupBy(k => k.ClaimId).ToDictionary(g => g.Key, g => g.MaxBy(k => k.Version)!);

    /// <summary>The claim as it stands: the extracted row with its latest correction, if any, applied.</summary>
    public static Claim ToClaim(ClaimEntity row, string region, ClaimCorrectionEntity? correction) => new()
    {
        Kind = correction?.Kind ?? row.Kind,
        Year = correction?.Year ?? row.Year,
        Region = region,
        Indicator = correction?.Indicator ?? row.Indicator,
        Measure = correction?.Measure ?? row.Measure,
        Op = correction?.Op ?? row.Op,
        Value = correction is null ? row.Value : correction.Value,
        Unit = correction?.Unit ?? row.Unit,
        Text = row.Text,
        Start = row.Start,
        End = row.End,
        Aspirational = row.Aspirational,
        Section = row.Section,
        PeriodStart = row.PeriodStart,
        Range = row.RangeLow is { } low && row.RangeHigh is { } high ? new ValueRange(low, high) : null,
        NoTarget = row.NoTarget,
    };
}
