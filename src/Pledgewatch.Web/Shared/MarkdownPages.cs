using Markdig;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Markdown documents as a reader sees them: headings, lists, tables, emphasis, sub- and
/// superscripts (PM<c>&lt;sub&gt;</c>2.5<c>&lt;/sub&gt;</c> as reports write them). Raw HTML is never
/// passed through: the two tags reports use are read as Markdown's own ~sub~ and ^sup^, anything
/// else is shown as the characters it is.
/// </summary>
internal static class MarkdownPages
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .DisableHtml()
        .Build();

    public static string ToHtml(string markdown)
    {
        var text = markdown
            .Replace("<sub>", "~", StringComparison.OrdinalIgnoreCase).Replace("</sub>", "~", StringComparison.OrdinalIgnoreCase)
            .Replace("<sup>", "^", StringComparison.OrdinalIgnoreCase).Replace("</sup>", "^", StringComparison.OrdinalIgnoreCase);
        return Markdown.ToHtml(text, Pipeline);
    }
}
