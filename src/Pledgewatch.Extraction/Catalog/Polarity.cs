namespace Pledgewatch.Extraction.Catalog;

/// <summary>Which direction of an indicator is good news.</summary>
public enum Polarity
{
    /// <summary>More is better: GDP, jobs, income.</summary>
    HigherIsBetter,

    /// <summary>Less is better: PM2.5, accidents, energy intensity.</summary>
    LowerIsBetter,
}
