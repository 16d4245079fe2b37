namespace Pledgewatch.Extraction;

/// <summary>The claims read from one document, in document order, with what the reader noticed.</summary>
/// <param name="Claims">The claims, in document order.</param>
/// <param name="Diagnostics">What the reader noticed and left out.</param>
/// <param name="Region">The region the claims were attributed to.</param>
/// <param name="ReportYear">The report year the claims' years were derived from.</param>
public sealed record ExtractionResult(
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<Diagnostic> Diagnostics,
    string Region,
    int ReportYear)
{
    /// <summary>The title the document's first line gives, or null (see the title reader).</summary>
    public string? Title { get; init; }
}
