namespace Pledgewatch.Storage.Tracking;

/// <summary>What an editor changes in a claim; null fields keep the current value.</summary>
public sealed record ClaimCorrection
{
    public string? Kind { get; init; }

    public int? Year { get; init; }

    public string? Indicator { get; init; }

    public string? Measure { get; init; }

    public string? Op { get; init; }

    /// <summary>Set <see cref="ClearValue"/> to make the claim a direction without a number.</summary>
    public double? Value { get; init; }

    public bool ClearValue { get; init; }

    public string? Unit { get; init; }

    public string? Note { get; init; }
}
