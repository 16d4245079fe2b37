using System.Text;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Text from citizens, where no markup is wanted: it stays text. Whatever looks like a tag is dropped
/// (a script's or style's content with it), control characters go, and nothing is decoded — an entity
/// typed as <c>&amp;lt;</c> stays those four characters. Pages and JSON encode it on the way out. One
/// pass over the input; the caller checks the length before.
/// </summary>
internal static class Sanitise
{
    private static readonly string[] Swallowed = ["script", "style", "template", "noscript", "iframe", "object", "textarea"];

    /// <summary>The text as plain words, or null when nothing is left. An opening bracket that never closes is a character.</summary>
    public static string? PlainText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var clean = new StringBuilder(text.Length);

        // Past the last '>' no '<' can open a tag: knowing it keeps the scan linear on "<a<a<a…".
        var lastClose = text.LastIndexOf('>');
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<' && i < lastClose && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] is '/' or '!' or '?'))
            {
                var close = text.IndexOf('>', i + 1);

                var name = TagName(text, i + 1, close);
                i = close + 1;
                if (Swallowed.Contains(name, StringComparer.OrdinalIgnoreCase) && text[close - 1] != '/')
                {
                    // Skip to the end of the element (or of the text): its content was never words.
                    var end = text.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    var after = end < 0 ? -1 : text.IndexOf('>', end);
                    i = after < 0 ? text.Length : after + 1;
                }

                continue;
            }

            if (c == '\r')
            {
                clean.Append('\n');
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                continue;
            }

            if (!char.IsControl(c) || c is '\n' or '\t')
            {
                clean.Append(c);
            }

            i++;
        }

        var result = clean.ToString().Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>A tag's name: the letters after <c>&lt;</c> or <c>&lt;/</c>.</summary>
    private static string TagName(string text, int from, int to)
    {
        if (from < to && text[from] == '/')
        {
            from++;
        }

        var end = from;
        while (end < to && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }

        return text[from..end];
    }
}
