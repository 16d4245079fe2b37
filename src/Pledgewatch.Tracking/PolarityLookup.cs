using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking;

/// <summary>The polarity of an indicator, and whether the catalog knows it.</summary>
public delegate (Polarity Polarity, bool Known) PolarityLookup(string indicator);
