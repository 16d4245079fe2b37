namespace Pledgewatch.Extraction;

/// <summary>The markup of a text handed to the pipeline.</summary>
public enum TextFormat
{
    /// <summary>Plain text, or text a reader extracted from HTML, Word or PDF.</summary>
    Plain,

    /// <summary>Markdown: <c>#</c> headings, <c>**</c> emphasis, inline HTML such as <c>&lt;sub&gt;</c>.</summary>
    Markdown,
}
