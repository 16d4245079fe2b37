using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Pledgewatch.Extraction;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// A document's text as HTML with every claim's number marked and linked to the claim, and one
/// chosen claim's sentence highlighted (the evidence a verdict points to).
/// </summary>
internal static partial class Highlighter
{
    public sealed record Mark(long ClaimId, int Start, int End, bool IsTarget, string Title);

    /// <param name="text">The document's text (claims' offsets point into it).</param>
    /// <param name="marks">The claims' numbers.</param>
    /// <param name="selected">The claim whose sentence is highlighted, and its clause.</param>
    /// <param name="markdown">Whether the text is Markdown, to be rendered as headings, lists and emphasis with the marks in it.</param>
    public static string Render(string text, IEnumerable<Mark> marks, (long Id, int Start, int End, string Clause)? selected, bool markdown = false)
    {
        if (markdown)
        {
            // The marks are placed on the original offsets as private-use characters, the Markdown is
            // rendered, and the characters become the marks; if the rendering lost one or moved it
            // into markup (a link's address, say), the text is shown plain rather than with a mark lost.
            var tags = new List<string>();
            var source = Build(text, marks, selected, s => s, tag =>
            {
                tags.Add(tag);
                return $"{Sentinel}{tags.Count - 1}{SentinelEnd}";
            }, markdownBlocks: true);
            var seen = new bool[tags.Count];
            var result = SentinelPattern().Replace(MarkdownPages.ToHtml(source), m =>
            {
                var i = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                seen[i] = true;
                return tags[i];
            });
            return seen.All(x => x) && !result.Contains(Sentinel, StringComparison.Ordinal) && !SentinelInAttribute(result)
                ? result
                : Render(text, marks, selected);
        }

        return Build(text, marks, selected, WebUtility.HtmlEncode, tag => tag, markdownBlocks: false);
    }

    private const char Sentinel = '\uE000', SentinelEnd = '\uE001';

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex SentinelPattern();

    /// <summary>Whether a mark landed inside a tag (an attribute) rather than between tags.</summary>
    private static bool SentinelInAttribute(string html) => MarkInTag().IsMatch(html);

    [GeneratedRegex("<[^<>]*<(a class=\"claim\"|mark )")]
    private static partial Regex MarkInTag();

    private static string Build(string text, IEnumerable<Mark> marks, (long Id, int Start, int End, string Clause)? selected, Func<string, string> encode, Func<string, string> tag, bool markdownBlocks)
    {
        // Claims sharing one number (国考、省考断面达标率100%) share one mark; overlapping marks keep the first.
        var numbers = new List<(int Start, int End, List<Mark> Claims)>();
        foreach (var group in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.Start < m.End)
                     .GroupBy(m => (m.Start, m.End)).OrderBy(g => g.Key.Start))
        {
            if (numbers.Count == 0 || group.Key.Start >= numbers[^1].End)
            {
                numbers.Add((group.Key.Start, group.Key.End, group.ToList()));
            }
        }

        (int Start, int End)? sentence = selected is { } s ? Sentence(text, s.Start, s.End, s.Clause) : null;
        if (markdownBlocks && sentence is { } line)
        {
            // A sentence that starts a line starts after the line's Markdown (## , > , - , 1. ), which must stay at the line's head.
            var head = BlockMarkers().Match(text, line.Start);
            if (head.Success && head.Index == line.Start && line.Start + head.Length < line.End)
            {
                sentence = (line.Start + head.Length, line.End);
            }
        }

        if (sentence is { } range && numbers.Any(n => n.Start < range.End && n.End > range.Start && (n.Start < range.Start || n.End > range.End)))
        {
            sentence = (selected!.Value.Start, selected.Value.End);
        }

        var html = new StringBuilder(text.Length * 2);
        var position = 0;
        var index = 0;
        void Plain(int upTo)
        {
            if (upTo > position)
            {
                html.Append(encode(text[position..upTo]));
                position = upTo;
            }
        }

        void NumbersUpTo(int limit)
        {
            while (index < numbers.Count && numbers[index].Start < limit)
            {
                var (start, end, claims) = numbers[index++];
                Plain(start);
                var first = claims[0];
                var kind = ContractNames.Of(claims.Any(c => c.IsTarget) ? ClaimKind.Target : ClaimKind.Outcome);
                var title = WebUtility.HtmlEncode(string.Join("；", claims.Select(c => c.Title)));
                html.Append(tag($"<a class=\"claim\" href=\"/claims/{first.ClaimId}\" id=\"n{first.ClaimId}\" title=\"{title}\" data-claims=\"{string.Join(' ', claims.Select(c => c.ClaimId))}\"><mark class=\"number {kind}\">"));
                Plain(end);
                html.Append(tag("</mark></a>"));
            }
        }

        if (sentence is { } r2)
        {
            NumbersUpTo(r2.Start);
            Plain(r2.Start);
            html.Append(tag($"<mark class=\"sentence\" id=\"claim-{selected!.Value.Id}\">"));
            NumbersUpTo(r2.End);
            Plain(r2.End);
            html.Append(tag("</mark>"));
        }

        NumbersUpTo(text.Length);
        Plain(text.Length);
        return html.ToString();
    }

    /// <summary>Where the claim's clause stands around its number; else the sentence around it.</summary>
    internal static (int Start, int End) Sentence(string text, int start, int end, string clause)
    {
        if (clause.Length > 0)
        {
            for (var at = text.IndexOf(clause, Math.Max(0, start - clause.Length), StringComparison.Ordinal);
                 at >= 0 && at <= start;
                 at = text.IndexOf(clause, at + 1, StringComparison.Ordinal))
            {
                if (at + clause.Length >= end)
                {
                    return (at, at + clause.Length);
                }
            }
        }

        const string ends = "。；！？\n";
        var from = start;
        while (from > 0 && !ends.Contains(text[from - 1], StringComparison.Ordinal))
        {
            from--;
        }

        var to = end;
        while (to < text.Length && !ends.Contains(text[to], StringComparison.Ordinal))
        {
            to++;
        }

        return (from, Math.Min(text.Length, to + 1));
    }

    [GeneratedRegex(@"\G(?:[ \t]*(?:#{1,6}[ \t]+|>[ \t]*|[-*+][ \t]+|\d{1,3}[.)][ \t]+))+")]
    private static partial Regex BlockMarkers();
}
