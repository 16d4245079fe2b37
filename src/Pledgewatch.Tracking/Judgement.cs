using Pledgewatch.Extraction;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>A target with its verdict, the outcomes it was compared with and why.</summary>
/// <param name="Target">The target.</param>
/// <param name="Verdict">What became of it.</param>
/// <param name="Why">The intervals compared, the polarity and the rule used, to be worded per language.</param>
/// <param name="Asked">What the target asks.</param>
/// <param name="Outcome">The values the outcomes allow together, when there are outcomes.</param>
/// <param name="Outcomes">The outcomes compared (derived ones marked as such).</param>
/// <param name="Polarity">The polarity used.</param>
/// <param name="PolarityKnown">False when the indicator is not in the catalog and more was assumed better.</param>
public sealed record Judgement(
    TrackedClaim Target,
    Verdict Verdict,
    VerdictReason Why,
    Interval Asked,
    Interval? Outcome,
    IReadOnlyList<Evidence> Outcomes,
    Polarity Polarity,
    bool PolarityKnown)
{
    public string Indicator => Target.Indicator;

    /// <summary>The reason in Chinese, as stored and exported.</summary>
    public string Reason => Why.ToString();

    public Measure Measure => Target.Claim.Measure;
}
