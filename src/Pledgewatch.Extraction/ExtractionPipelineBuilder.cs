using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Extraction;

/// <summary>Configures and builds an <see cref="ExtractionPipeline"/>.</summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>64 Mi characters: far beyond any report, small enough to refuse a runaway input.</summary>
    public const int DefaultMaxLength = 64 * 1024 * 1024;

    private IndicatorCatalog _catalog = IndicatorCatalog.Default;
    private int _maxLength = DefaultMaxLength;

    /// <summary>Canonicalises indicators through <paramref name="catalog"/> instead of the shipped one.</summary>
    public ExtractionPipelineBuilder UseCatalog(IndicatorCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        return this;
    }

    /// <summary>Refuses texts longer than <paramref name="characters"/>.</summary>
    public ExtractionPipelineBuilder UseMaxLength(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(characters);
        _maxLength = characters;
        return this;
    }

    public ExtractionPipeline Build() => new(_catalog, _maxLength);
}
