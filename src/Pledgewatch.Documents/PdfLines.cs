using System.Text;
using UglyToad.PdfPig.Content;

namespace Pledgewatch.Documents;

/// <summary>
/// The printed lines of a PDF page, from its glyphs: glyphs on one baseline (within a third of
/// their size) are a line, read left to right; lines run top to bottom. A space is kept where
/// the page has one or where a gap between glyphs is wider than a third of their size between
/// Latin letters or digits; text set sideways (a watermark, a stamp) is left out. A page set in
/// two columns is read down the left column, then down the right (<see cref="PdfColumns"/>).
/// </summary>
internal static class PdfLines
{
    public static PrintedPage Of(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var letters = page.Letters
            .Where(l => l.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrEmpty(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X)
            .ToList();
        var rows = new List<List<Letter>>();
        var current = new List<Letter>();
        foreach (var letter in letters)
        {
            if (current.Count > 0 && Math.Abs(current[0].StartBaseLine.Y - letter.StartBaseLine.Y) > Size(current[0]) / 3)
            {
                rows.Add(current);
                current = [];
            }

            current.Add(letter);
        }

        if (current.Count > 0)
        {
            rows.Add(current);
        }

        var lines = PdfColumns.Gutter(rows) is { } gutter ? PdfColumns.InReadingOrder(rows, gutter) : [.. rows.Select(r => LineOf(r))];
        return new PrintedPage(page.Width, page.Height, [.. lines.Where(l => l.Text.Length > 0)]);
    }

    internal static double Size(Letter letter) => letter.PointSize > 0 ? letter.PointSize : Math.Max(1, letter.BoundingBox.Height);

    internal static PrintedLine LineOf(List<Letter> letters, double? frameLeft = null, double? frameRight = null)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var sb = new StringBuilder();
        Letter? before = null;
        foreach (var letter in letters)
        {
            if (before is not null && letter.Value != " " && sb.Length > 0 && sb[^1] != ' '
                && letter.StartBaseLine.X - before.EndBaseLine.X > Size(letter) / 3
                && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(letter.Value[0]))
            {
                sb.Append(' ');
            }

            if (letter.Value != " " || (sb.Length > 0 && sb[^1] != ' '))
            {
                sb.Append(letter.Value);
            }

            before = letter;
        }

        var text = sb.ToString().Trim();
        var visible = letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (visible.Count == 0)
        {
            return new PrintedLine("", 0, 0, 0, 0);
        }

        var size = visible.GroupBy(l => Math.Round(Size(l), 1)).OrderByDescending(g => g.Count()).First().Key;
        return new PrintedLine(text, visible.Min(l => l.BoundingBox.Left), visible.Max(l => l.BoundingBox.Right), visible[0].StartBaseLine.Y, size, frameLeft, frameRight);
    }
}
