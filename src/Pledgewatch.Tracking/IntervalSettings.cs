namespace Pledgewatch.Tracking;

/// <summary>
/// How written numbers become intervals (PRODUCT.md, "A claim is an interval"). Defaults follow the
/// product's rules; every verdict shows the intervals it compared.
/// </summary>
public sealed record IntervalSettings
{
    public static IntervalSettings Default { get; } = new();

    /// <summary>左右 for percentages and percentage points: ± this many points.</summary>
    public double AboutPoints { get; init; } = 0.5;

    /// <summary>左右 for everything else: ± this share of the value.</summary>
    public double AboutRelative { get; init; } = 0.03;

    /// <summary>An outcome 近 X lies in [this × X, X).</summary>
    public double NearShare { get; init; } = 0.95;
}
