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
    /// <summary>Documents shorter than this are read on one thread: splitting them costs more than it saves.</summary>
    private const int ParallelThreshold = 512 * 1024;

    internal ExtractionPipeline(IndicatorCatalog catalog, int maxLength, int parallelism)
    {
        Catalog = catalog;
        MaxLength = maxLength;
        Parallelism = parallelism;
        _stripPrefixes = new WordSet(catalog.StripPrefixes);
    }

    private readonly WordSet _stripPrefixes;

    /// <summary>The indicator catalog claims are canonicalised through.</summary>
    public IndicatorCatalog Catalog { get; }

    /// <summary>The longest text, in UTF-16 code units, the pipeline accepts.</summary>
    public int MaxLength { get; }

    /// <summary>How many threads may read one large document (its paragraphs in contiguous parts).</summary>
    public int Parallelism { get; }

    /// <summary>A pipeline with the default catalog.</summary>
    public static ExtractionPipeline Default { get; } = new ExtractionPipelineBuilder().Build();

    /// <summary>Normalises a document's text, keeping the map back to the original.</summary>
    public NormalizedText Normalize(string text, TextFormat format = TextFormat.Plain) => TextNormalizer.Normalize(text, format);

    /// <summary>Reads every claim of a document. Bad text never throws: what cannot be read is left out.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxLength"/>.</exception>
    public ExtractionResult Extract(string text, DocumentInfo document) => Extract(text, document, CancellationToken.None);

    /// <summary>Reads every claim of a document, stopping between paragraphs when <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <exception cref="OperationCanceledException">The reading was cancelled (the client went away).</exception>
    public ExtractionResult Extract(string text, DocumentInfo document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(document);
        if (text.Length > MaxLength)
        {
            throw new ArgumentException($"The text has {text.Length} characters; the limit is {MaxLength}.", nameof(text));
        }

        var normalized = TextNormalizer.Normalize(text, document.Format, rentMap: true);
        try
        {
            return Read(normalized, document, cancellationToken);
        }
        finally
        {
            // Claims keep their offsets, not the map: it can go back to the pool.
            normalized.ReturnMap();
        }
    }

    private ExtractionResult Read(NormalizedText normalized, DocumentInfo document, CancellationToken cancellationToken)
    {
        var clean = normalized.Text;
        var diagnostics = new List<Diagnostic>();
        var reportYear = document.ReportYear ?? TitleReader.ReportYear(clean);
        if (reportYear is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoReportYear, 0, 0, "no report year in the metadata or the title; assuming the current year"));
            reportYear = DateTime.UtcNow.Year;
        }

        var region = document.Region ?? TitleReader.Region(clean);
        if (region is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.NoRegion, 0, 0, "no region in the metadata or the title"));
            region = "";
        }

        var title = TitleReader.Title(clean, region, reportYear.Value);
        var paragraphs = StructureReader.Read(clean, reportYear.Value);
        // Several parts per thread, each about ParallelThreshold long: a thread whose part reads
        // faster takes the next one instead of waiting for the slowest.
        var parts = clean.Length < ParallelThreshold || Parallelism == 1 ? 1 : Math.Max(1, Math.Min(Parallelism * 8, clean.Length / ParallelThreshold));
        if (parts == 1)
        {
            var claims = new List<Claim>();
            ReadParagraphs(normalized, paragraphs, 0, paragraphs.Count, region, reportYear.Value, claims, diagnostics, cancellationToken);
            return new ExtractionResult(claims, diagnostics, region, reportYear.Value) { Title = title };
        }

        // Paragraphs are read independently: contiguous parts on parallel threads, joined in order.
        var bounds = Partition(paragraphs, parts, clean.Length);
        var results = new (List<Claim> Claims, List<Diagnostic> Diagnostics)[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, p =>
        {
            var partClaims = new List<Claim>();
            var partDiagnostics = new List<Diagnostic>();
            ReadParagraphs(normalized, paragraphs, bounds[p], bounds[p + 1], region, reportYear.Value, partClaims, partDiagnostics, cancellationToken);
            results[p] = (partClaims, partDiagnostics);
        });

        var all = new List<Claim>(results.Sum(r => r.Claims.Count));
        foreach (var (partClaims, partDiagnostics) in results)
        {
            all.AddRange(partClaims);
            diagnostics.AddRange(partDiagnostics);
        }

        // Claims come in document order: sentences are read in order and each is ordered as it is read.
        return new ExtractionResult(all, diagnostics, region, reportYear.Value) { Title = title };
    }

    private void ReadParagraphs(NormalizedText normalized, List<Paragraph> paragraphs, int from, int to, string region, int reportYear, List<Claim> claims, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var reader = new ClaimReader(normalized, Catalog, _stripPrefixes, region, reportYear, claims, diagnostics);
        for (var i = from; i < to; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            reader.Read(paragraphs[i]);
        }
    }

    /// <summary>Paragraph indexes that cut the text into <paramref name="parts"/> runs of about equal length.</summary>
    private static int[] Partition(List<Paragraph> paragraphs, int parts, int length)
    {
        var bounds = new int[parts + 1];
        bounds[parts] = paragraphs.Count;
        var next = 1;
        for (var i = 0; i < paragraphs.Count && next < parts; i++)
        {
            if (paragraphs[i].Start >= (long)length * next / parts)
            {
                bounds[next++] = i;
            }
        }

        for (; next < parts; next++)
        {
            bounds[next] = paragraphs.Count;
        }

        return bounds;
    }
}
