using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Extraction;

/// <summary>Configures and builds an <see cref="ExtractionPipeline"/>.</summary>
public sealed class ExtractionPipelineBuilder
{
    /// <summary>64 Mi characters: far beyond any report, small enough to refuse a runaway input.</summary>
    public const int DefaultMaxLength = 64 * 1024 * 1024;

    private IndicatorCatalog _catalog = IndicatorCatalog.Default;
    private int _maxLength = DefaultMaxLength;
    private int _parallelism = Environment.ProcessorCount;

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

    /// <summary>Reads a large document on at most <paramref name="threads"/> threads (1: never in parallel).</summary>
    public ExtractionPipelineBuilder UseParallelism(int threads)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        _parallelism = threads;
        return this;
    }

    public ExtractionPipeline Build() => new(_catalog, _maxLength, _parallelism);
}
