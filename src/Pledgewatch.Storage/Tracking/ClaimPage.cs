using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tracking;

/// <summary>One page of claims and how many there are in all.</summary>
public sealed record ClaimPage(IReadOnlyList<(string Region, TrackedClaim Claim)> Items, int Total, int Page, int PageSize);
