namespace Pledgewatch.Extraction.Normalization;

/// <summary>Recognises the markers that open a heading or a list item.</summary>
internal static class StructureMarkers
{
    /// <summary>True when the line opens with a heading or list marker: 一、 （一） 1. 1、 —— # - •.</summary>
    public static bool StartsWithMarker(ReadOnlySpan<char> line) => MarkerLength(line) > 0;

    /// <summary>
    /// The length of the heading or list marker that opens <paramref name="line"/>, or 0.
    /// <paramref name="level"/> is 1 for 一、, 2 for （一）, 3 for 1. and 1、, 4 for （1）,
    /// the number of <c>#</c> for Markdown headings, and 9 for bullets.
    /// </summary>
    public static int MarkerLength(ReadOnlySpan<char> line, out int level)
    {
        level = 0;
        if (line.IsEmpty)
        {
            return 0;
        }

        var c = line[0];
        if (c == '#')
        {
            var k = 0;
            while (k < line.Length && line[k] == '#')
            {
                k++;
            }

            level = Math.Min(k, 6);
            while (k < line.Length && line[k] == ' ')
            {
                k++;
            }

            return k;
        }

        if (c is '-' or '•' or '·' or '●' or '■' or '◆' or '▲' or '*' || (c == '—' && line.Length > 1 && line[1] == '—'))
        {
            var k = c == '—' ? 2 : 1;
            while (k < line.Length && line[k] == ' ')
            {
                k++;
            }

            level = 9;
            // "- 二) …" and "- 1 …": a bullet that carries a numbered heading.
            var inner = MarkerLength(line[k..], out var innerLevel);
            if (inner > 0 && innerLevel < 9)
            {
                level = innerLevel;
                return k + inner;
            }

            return k;
        }

        if (c == '（')
        {
            var k = 1;
            var ordinal = CountOrdinal(line, k, out var chinese);
            if (ordinal > 0 && k + ordinal < line.Length && line[k + ordinal] == '）')
            {
                level = chinese ? 2 : 4;
                return k + ordinal + 1;
            }

            return 0;
        }

        var n = CountOrdinal(line, 0, out var isChinese);
        if (n > 0 && n < line.Length)
        {
            var after = line[n];
            if (isChinese && after is '、' or '）' or '.' or '．')
            {
                level = after == '、' ? 1 : 2;
                return n + 1;
            }

            if (!isChinese && after is '、' or '．' || (!isChinese && after == '.' && n + 1 < line.Length && !char.IsAsciiDigit(line[n + 1])))
            {
                level = 3;
                return n + 1;
            }

            if (!isChinese && after is '）' or ')')
            {
                level = 4;
                return n + 1;
            }

            // "1 着力扩大有效需求": a number and a space open a numbered heading in Markdown lists.
            if (!isChinese && after == ' ' && n <= 2)
            {
                level = 3;
                return n + 1;
            }
        }

        return 0;
    }

    public static int MarkerLength(ReadOnlySpan<char> line) => MarkerLength(line, out _);

    private static int CountOrdinal(ReadOnlySpan<char> line, int start, out bool chinese)
    {
        chinese = false;
        var k = start;
        if (k < line.Length && CharClass.ChineseOrdinals.Contains(line[k]))
        {
            chinese = true;
            while (k < line.Length && k - start < 3 && CharClass.ChineseOrdinals.Contains(line[k]))
            {
                k++;
            }

            return k - start;
        }

        while (k < line.Length && k - start < 3 && char.IsAsciiDigit(line[k]))
        {
            k++;
        }

        return k - start;
    }
}
