using Pledgewatch.Extraction;

namespace Pledgewatch.Documents;

/// <summary>A file read as text: the original the claims' offsets point into.</summary>
/// <param name="Name">The file name without its folder.</param>
/// <param name="Text">The decoded text (for HTML, Word and PDF: the text the reader extracted).</param>
/// <param name="Format">How the text is marked up.</param>
/// <param name="Encoding">The encoding the bytes were decoded from, or the container format.</param>
public sealed record DocumentText(string Name, string Text, TextFormat Format, string Encoding);
