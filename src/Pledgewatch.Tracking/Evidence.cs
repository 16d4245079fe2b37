namespace Pledgewatch.Tracking;

/// <summary>An outcome compared with a target, and the interval it was read as.</summary>
public sealed record Evidence(TrackedClaim Claim, Interval Interval);
