using UglyToad.PdfPig.Content;

namespace Pledgewatch.Documents;

/// <summary>
/// Pages set in two columns (a newspaper's printing of a report, a gazette): the gutter is the gap
/// that most rows of the page have at the same place, wide (twice the type size or more) and with
/// text of some width on both sides; the rows that cross it (a title over both columns, a footnote
/// under them) are read where they stand and split the page into blocks, and each block is read
/// down its left column, then down its right. Each line keeps its column's margins, so paragraphs
/// are joined within a column and from the foot of one column to the head of the next.
/// </summary>
internal static class PdfColumns
{
    /// <summary>A gutter is at least this many type sizes wide: words and characters are never that far apart.</summary>
    private const double GutterWidth = 2.0;

    /// <summary>The share of the page's rows, and the least number, that must have the gap.</summary>
    private const double GutterRows = 0.5;

    private const int MinimumRows = 6;

    /// <summary>Each column is at least this share of the width of the text.</summary>
    private const double ColumnShare = 0.25;

    /// <summary>The x of the gutter between two columns, or null for a page in one column.</summary>
    public static double? Gutter(IReadOnlyList<List<Letter>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var visible = rows.Select(r => r.Where(l => !string.IsNullOrWhiteSpace(l.Value)).OrderBy(l => l.BoundingBox.Left).ToList()).Where(r => r.Count > 0).ToList();
        if (visible.Count < MinimumRows)
        {
            return null;
        }

        var left = visible.Min(r => r[0].BoundingBox.Left);
        var right = visible.Max(r => r.Max(l => l.BoundingBox.Right));
        var width = right - left;
        // Every wide gap of a row, as an interval; the gutter is where most rows have one.
        var edges = new List<(double X, int Delta)>();
        foreach (var row in visible)
        {
            var size = PdfLines.Size(row[0]);
            var reach = row[0].BoundingBox.Right;
            for (var i = 1; i < row.Count; i++)
            {
                var start = row[i].BoundingBox.Left;
                if (start - reach >= GutterWidth * size)
                {
                    edges.Add((reach, 1));
                    edges.Add((start, -1));
                }

                reach = Math.Max(reach, row[i].BoundingBox.Right);
            }
        }

        edges.Sort((a, b) => a.X != b.X ? a.X.CompareTo(b.X) : a.Delta.CompareTo(b.Delta));
        var (best, bestAt, depth) = (0, 0.0, 0);
        for (var i = 0; i < edges.Count; i++)
        {
            depth += edges[i].Delta;
            if (depth > best && i + 1 < edges.Count)
            {
                (best, bestAt) = (depth, (edges[i].X + edges[i + 1].X) / 2);
            }
        }

        if (best < Math.Max(MinimumRows, GutterRows * visible.Count)
            || bestAt - left < ColumnShare * width || right - bestAt < ColumnShare * width)
        {
            return null;
        }

        return bestAt;
    }

    /// <summary>The rows of a page with a gutter at <paramref name="gutter"/>, as lines in reading order.</summary>
    public static List<PrintedLine> InReadingOrder(IReadOnlyList<List<Letter>> rows, double gutter)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new List<PrintedLine>();
        var leftColumn = new List<List<Letter>>();
        var rightColumn = new List<List<Letter>>();
        void Flush()
        {
            Add(lines, leftColumn);
            Add(lines, rightColumn);
            leftColumn.Clear();
            rightColumn.Clear();
        }

        foreach (var row in rows)
        {
            if (row.Any(l => !string.IsNullOrWhiteSpace(l.Value) && l.BoundingBox.Left < gutter && l.BoundingBox.Right > gutter))
            {
                Flush();
                lines.Add(PdfLines.LineOf(row));
                continue;
            }

            var leftPart = row.Where(l => l.BoundingBox.Centroid.X < gutter).ToList();
            var rightPart = row.Where(l => l.BoundingBox.Centroid.X >= gutter).ToList();
            if (leftPart.Count > 0)
            {
                leftColumn.Add(leftPart);
            }

            if (rightPart.Count > 0)
            {
                rightColumn.Add(rightPart);
            }
        }

        Flush();
        return lines;
    }

    /// <summary>A column's rows as lines, each with the column's margins (measured like the document's).</summary>
    private static void Add(List<PrintedLine> lines, List<List<Letter>> column)
    {
        var plain = column.Select(r => PdfLines.LineOf(r)).Where(l => l.Text.Length > 0).ToList();
        if (plain.Count == 0)
        {
            return;
        }

        var frameLeft = PdfLayout.Percentile(plain.Select(l => l.Left), 0.1);
        var frameRight = PdfLayout.Percentile(plain.Select(l => l.Right), 0.9);
        lines.AddRange(plain.Select(l => l with { FrameLeft = frameLeft, FrameRight = frameRight }));
    }
}
