namespace Pledgewatch.Extraction;

/// <summary>Something the reader noticed but could not turn into a claim; never an error.</summary>
/// <param name="Code">A stable short code, one of <see cref="DiagnosticCodes"/> (PW001 …).</param>
/// <param name="Start">Start offset into the original text.</param>
/// <param name="End">End offset (exclusive) into the original text.</param>
/// <param name="Message">What was noticed, for people.</param>
public sealed record Diagnostic(string Code, int Start, int End, string Message);

/// <summary>The codes of <see cref="Diagnostic"/>, spelled once: what a caller matches on.</summary>
public static class DiagnosticCodes
{
    /// <summary>A number without a unit, not read as a claim.</summary>
    public const string NumberWithoutUnit = "PW001";

    /// <summary>No report year in the metadata or the title: the current year was assumed.</summary>
    public const string NoReportYear = "PW100";

    /// <summary>No region in the metadata or the title.</summary>
    public const string NoRegion = "PW101";
}
