namespace Pledgewatch.Extraction.Structure;

/// <summary>A paragraph of the clean text with the role and year of the section it stands in.</summary>
/// <param name="Start">Clean-text start of the paragraph.</param>
/// <param name="End">Clean-text end (exclusive), before the line break.</param>
/// <param name="ContentStart">Where the text after a heading or list marker starts.</param>
/// <param name="IsHeading">A heading line, which holds no claims.</param>
/// <param name="Role">The temporal role of the paragraph.</param>
/// <param name="Year">The year its claims are for.</param>
/// <param name="Section">The heading path.</param>
internal readonly record struct Paragraph(int Start, int End, int ContentStart, bool IsHeading, SectionRole Role, int Year, string? Section);
