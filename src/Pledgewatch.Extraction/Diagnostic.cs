namespace Pledgewatch.Extraction;

/// <summary>Something the reader noticed but could not turn into a claim; never an error.</summary>
/// <param name="Code">A stable short code, such as <c>PW001</c>.</param>
/// <param name="Start">Start offset into the original text.</param>
/// <param name="End">End offset (exclusive) into the original text.</param>
/// <param name="Message">What was noticed, for people.</param>
public sealed record Diagnostic(string Code, int Start, int End, string Message);
