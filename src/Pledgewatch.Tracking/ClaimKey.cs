using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>
/// What links a target to its outcomes: the same indicator, measure and unit, for the same period
/// (a one-year target is judged only by one-year outcomes; a five-year average never answers it).
/// </summary>
public readonly record struct ClaimKey(string Indicator, Measure Measure, string Unit, int Year, int From)
{
    public static ClaimKey Of(TrackedClaim c) => new(c.Indicator, c.Claim.Measure, c.Claim.Unit, c.Claim.Year, c.Claim.From);
}
