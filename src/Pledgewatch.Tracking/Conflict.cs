namespace Pledgewatch.Tracking;

/// <summary>The same fact stated differently in two documents.</summary>
/// <param name="First">The statement in the earlier-listed document (the government's own first).</param>
/// <param name="Second">The other statement.</param>
/// <param name="Contradicts">True when the two cannot both be true; false when they differ but overlap.</param>
/// <param name="Reason">The two intervals, in words.</param>
public sealed record Conflict(TrackedClaim First, TrackedClaim Second, bool Contradicts, string Reason);
