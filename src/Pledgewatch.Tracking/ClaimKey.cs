using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>What links a target to its outcomes: the same indicator, measure and unit (and year).</summary>
public readonly record struct ClaimKey(string Indicator, Measure Measure, string Unit, int Year)
{
    public static ClaimKey Of(TrackedClaim c) => new(c.Indicator, c.Claim.Measure, c.Claim.Unit, c.Claim.Year);
}
