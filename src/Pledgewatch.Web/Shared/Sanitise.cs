using System.Net;
using Ganss.Xss;

namespace Pledgewatch.Web.Shared;

/// <summary>Text from citizens: every tag and script removed by HtmlSanitizer, kept as plain words and line breaks.</summary>
internal static class Sanitise
{
    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string? PlainText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // Tags go, their words stay (scripts and styles go whole); entities are read back to characters.
        var clean = WebUtility.HtmlDecode(Sanitizer.Sanitize(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        return string.IsNullOrWhiteSpace(clean) ? null : clean.Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer { KeepChildNodes = true };
        sanitizer.AllowedTags.Clear();
        sanitizer.AllowedAttributes.Clear();
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedSchemes.Clear();

        // Children of removed tags are kept as words, except what was never words: scripts, styles.
        sanitizer.RemovingTag += (_, e) =>
        {
            if (e.Tag.LocalName is "script" or "style" or "template" or "noscript" or "iframe" or "object")
            {
                e.Tag.InnerHtml = "";
            }
        };
        return sanitizer;
    }
}
