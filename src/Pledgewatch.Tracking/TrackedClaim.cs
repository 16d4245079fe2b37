using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>
/// A stored claim as the tracker sees it: the claim (with corrections applied), the document it
/// came from and its canonical indicator.
/// </summary>
/// <param name="Id">The claim's id in storage (0 for a derived claim).</param>
/// <param name="Claim">The claim as it stands now (the extracted original or its latest correction).</param>
/// <param name="Indicator">The canonical indicator name, after the catalog's aliases and merges.</param>
/// <param name="Written">The number as written in the source (<c>10.4万人</c>), for its precision.</param>
/// <param name="Document">Where the claim was read.</param>
/// <param name="Version">1 for the extracted claim, higher for corrections.</param>
/// <param name="Derived">How the claim was derived from others, or null when a document states it.</param>
public sealed record TrackedClaim(
    long Id,
    Claim Claim,
    string Indicator,
    string Written,
    DocumentRef Document,
    int Version = 1,
    string? Derived = null)
{
    /// <summary>The claims a derived claim was computed from.</summary>
    public IReadOnlyList<TrackedClaim> DerivedFrom { get; init; } = [];
}
