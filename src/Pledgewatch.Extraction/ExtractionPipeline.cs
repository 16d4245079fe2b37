using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Extraction.Grammar;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction;

/// <summary>
/// Reads claims from report text. Built once by <see cref="ExtractionPipelineBuilder"/>;
/// immutable and safe to share between threads.
/// </summary>
public sealed class ExtractionPipeline
{
    internal ExtractionPipeline(IndicatorCatalog catalog, int maxLength)
    {
        Catalog = catalog;
        MaxLength = maxLength;
        _stripPrefixes = new WordSet(catalog.StripPrefixes);
    }

    private readonly WordSet _stripPrefixes;

    /// <summary>The indicator catalog claims are canonicalised through.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The longest text, in UTF-16 code units, the pipeline accepts.</summary>
    public int MaxLength { get; }

    /// <summary>A pipeline with the default catalog.</summary>
    public static ExtractionPipeline Default { get; } = new ExtractionPipelineBuilder().Build();

    /// <summary>Normalises a document's text, keeping the map back to the original.</summary>
    public NormalizedText Normalize(string text, TextFormat format = TextFormat.Plain) => TextNormalizer.Normalize(text, format);

    /// <summary>Reads every claim of a document. Bad text never throws: what cannot be read is left out.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxLength"/>.</exception>
    public ExtractionResult Extract(string text, DocumentInfo document)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"The text has {text.Length} characters; the limit is {MaxLength}.", nameof(text));
        }

        var normalized = TextNormalizer.Normalize(text, document.Format);
        var clean = normalized.Text;
        var diagnostics = new List<Diagnostic>();
        var reportYear = document.ReportYear ?? TitleReader.ReportYear(clean);
        if (reportYear is null)
        {
            diagnostics.Add(new Diagnostic("PW100", 0, 0, "no report year in the metadata or the title; assuming the current year"));
            reportYear = DateTime.UtcNow.Year;
        }

        var region = document.Region ?? TitleReader.Region(clean);
        if (region is null)
        {
            diagnostics.Add(new Diagnostic("PW101", 0, 0, "no region in the metadata or the title"));
            region = "";
        }

        var claims = new List<Claim>();
        var reader = new ClaimReader(normalized, Catalog, _stripPrefixes, region, reportYear.Value, claims, diagnostics);
        foreach (var paragraph in StructureReader.Read(clean, reportYear.Value))
        {
            reader.Read(paragraph);
        }

        // Claims come in document order: sentences are read in order and each is ordered as it is read.
        return new ExtractionResult(claims, diagnostics, region, reportYear.Value);
    }
}
