using System.Text;
using System.Text.RegularExpressions;

namespace Pledgewatch.Documents;

/// <summary>A printed line of a PDF page: its text and where it sits (PDF units, y upwards).</summary>
/// <param name="Text">The line's characters in reading order.</param>
/// <param name="Left">The left edge of its first glyph.</param>
/// <param name="Right">The right edge of its last glyph.</param>
/// <param name="Baseline">Its baseline.</param>
/// <param name="Size">The size of its characters (the most common one).</param>
/// <param name="FrameLeft">The left margin of its column, on a page set in columns; else the document's margin applies.</param>
/// <param name="FrameRight">The right margin of its column, likewise.</param>
internal sealed record PrintedLine(string Text, double Left, double Right, double Baseline, double Size, double? FrameLeft = null, double? FrameRight = null);

/// <summary>A PDF page as lines, top to bottom.</summary>
internal sealed record PrintedPage(double Width, double Height, IReadOnlyList<PrintedLine> Lines);

/// <summary>
/// Turns a PDF's printed lines back into the paragraphs a reader sees. A line that runs to the
/// right margin goes on in the next line when that one starts at the left margin (a new
/// paragraph of a Chinese report starts indented, or after a gap, or after a short line); page
/// numbers and the running titles repeated at the top or bottom of the pages are dropped, and a
/// paragraph goes on across a page break. Margins are measured on the document itself.
/// </summary>
internal static partial class PdfLayout
{
    /// <summary>How far from the top or bottom of a page (a share of its height) furniture sits.</summary>
    private const double FurnitureBand = 0.12;

    public static string Paragraphs(IReadOnlyList<PrintedPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var furniture = RepeatedFurniture(pages);
        var body = pages.Select(p => p.Lines.Where(l => !IsFurniture(p, l, furniture)).ToList()).ToList();
        var all = body.SelectMany(b => b).ToList();
        if (all.Count == 0)
        {
            return "";
        }

        var size = Median(all.Select(l => l.Size));
        var left = Percentile(all.Select(l => l.Left), 0.1);
        var right = Percentile(all.Select(l => l.Right), 0.9);
        var spacing = Median(body.SelectMany(Gaps).Where(g => g > 0));
        var sb = new StringBuilder();
        PrintedLine? previous = null;
        foreach (var lines in body)
        {
            PrintedLine? above = null;
            foreach (var line in lines)
            {
                if (previous is not null)
                {
                    var gap = above is null ? spacing : above.Baseline - line.Baseline;
                    // From the foot of one column to the head of the next the gap is negative: it goes on.
                    var goesOn = previous.Right >= (previous.FrameRight ?? right) - 1.5 * size
                        && line.Left <= (line.FrameLeft ?? left) + 0.8 * size
                        && gap <= 1.6 * spacing + 0.01;
                    if (!goesOn)
                    {
                        sb.Append('\n');
                    }
                    else if (char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(line.Text[0]) && previous.Text.Contains(' ', StringComparison.Ordinal))
                    {
                        // Words of a Latin line wrap at a space; a Chinese line has none to lose.
                        sb.Append(' ');
                    }
                }

                sb.Append(line.Text);
                previous = line;
                above = line;
            }
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>The gaps between consecutive baselines of a page.</summary>
    private static IEnumerable<double> Gaps(List<PrintedLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            yield return lines[i - 1].Baseline - lines[i].Baseline;
        }
    }

    /// <summary>A page number (3, - 3 -, 第3页, 3/45) or a running title, in the band at the top or bottom of the page.</summary>
    private static bool IsFurniture(PrintedPage page, PrintedLine line, HashSet<string> repeated) =>
        InBand(page, line) && (PageNumber().IsMatch(line.Text.Trim()) || repeated.Contains(Shape(line.Text)));

    /// <summary>Whether a line sits in the band at the top or the bottom of its page, where furniture goes.</summary>
    private static bool InBand(PrintedPage page, PrintedLine line) =>
        (page.Height - line.Baseline) / page.Height < FurnitureBand || line.Baseline / page.Height < FurnitureBand;

    /// <summary>Lines in the top or bottom band that come back, digits aside, on at least half the pages (three or more).</summary>
    private static HashSet<string> RepeatedFurniture(IReadOnlyList<PrintedPage> pages)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var shape in page.Lines.Where(l => InBand(page, l)).Select(l => Shape(l.Text)))
            {
                if (seen.Add(shape))
                {
                    counts[shape] = counts.GetValueOrDefault(shape) + 1;
                }
            }
        }

        var needed = Math.Max(3, (pages.Count + 1) / 2);
        return [.. counts.Where(c => c.Value >= needed).Select(c => c.Key)];
    }

    private static string Shape(string text) => Digits().Replace(text.Trim(), "#");

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>The value below which a share of the values lie (0 for none); the margins of a document or a column.</summary>
    internal static double Percentile(IEnumerable<double> values, double share)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Round(share * (sorted.Count - 1))];
    }

    [GeneratedRegex(@"^(?:[-—–－ ]*\d{1,4}[-—–－ ]*|第\s*\d{1,4}\s*页(?:\s*[/，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
