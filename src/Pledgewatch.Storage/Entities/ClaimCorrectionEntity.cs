using Pledgewatch.Extraction;

namespace Pledgewatch.Storage.Entities;

/// <summary>A correction of a claim: a new version with who made it and when; the original stays.</summary>
public sealed class ClaimCorrectionEntity
{
    public long Id { get; set; }

    public long ClaimId { get; set; }

    public ClaimEntity? Claim { get; set; }

    /// <summary>2 for the first correction (the extracted claim is version 1).</summary>
    public int Version { get; set; }

    public required ClaimKind Kind { get; set; }

    public int Year { get; set; }

    public required string Indicator { get; set; }

    public required Measure Measure { get; set; }

    public required Bound Op { get; set; }

    public double? Value { get; set; }

    public required string Unit { get; set; }

    public required string Author { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }
}
