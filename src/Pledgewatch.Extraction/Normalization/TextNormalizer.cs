using System.Buffers;
using System.Runtime.CompilerServices;

namespace Pledgewatch.Extraction.Normalization;

/// <summary>
/// Turns a decoded document into the clean text the grammar reads, keeping an offset map.
/// Nothing is rewritten in place: every kept character remembers where it stood.
/// </summary>
/// <remarks>
/// What it does, line by line: full-width ASCII (digits, letters, ％) becomes half-width and ASCII
/// clause punctuation becomes its Chinese form; Markdown emphasis and inline HTML tags are dropped;
/// runs of spaces vanish (one space stays between two Latin words); a line break inside a sentence
/// is removed (a report wrapped across pages, or a number split from its unit), while a line that
/// ends a sentence, or is a heading, ends a paragraph (written as one <c>\n</c>).
/// </remarks>
public static class TextNormalizer
{
    /// <summary>A line at least this long that stops without punctuation continues on the next line.</summary>
    internal const int WrappedLineLength = 36;

    public static NormalizedText Normalize(string original, TextFormat format = TextFormat.Plain) => Normalize(original, format, rentMap: false);

    /// <summary>
    /// With <paramref name="rentMap"/>, the offset map of an ordinary-sized document is borrowed from
    /// the shared pool; the caller gives it back with <see cref="NormalizedText.ReturnMap"/> when done.
    /// </summary>
    internal static NormalizedText Normalize(string original, TextFormat format, bool rentMap)
    {
        ArgumentNullException.ThrowIfNull(original);
        // The map is kept as allocated (one slot per original character, enough for any output);
        // the text buffer is scratch.
        // The scratch buffer comes from the shared pool for documents of ordinary size; a
        // large-object allocation per document would cost a full collection now and then.
        var pooled = original.Length <= PooledLength;
        var text = pooled ? ArrayPool<char>.Shared.Rent(Math.Max(1, original.Length)) : GC.AllocateUninitializedArray<char>(original.Length);
        var rented = rentMap && pooled;
        var map = rented ? ArrayPool<int>.Shared.Rent(original.Length + 1) : GC.AllocateUninitializedArray<int>(original.Length + 1);
        var n = 0;
        var markdown = format == TextFormat.Markdown;

        // The previous non-empty line, as written into the output: [lineStart, n).
        var previousLineStart = -1;
        var previousLineEnd = -1;
        var pendingBreakAt = -1; // original offset of the line break between lines

        var pos = 0;
        while (pos < original.Length)
        {
            var lineEnd = original.AsSpan(pos).IndexOfAny('\n', '\r');
            lineEnd = lineEnd < 0 ? -1 : lineEnd + pos;
            if (lineEnd < 0)
            {
                lineEnd = original.Length;
            }

            // A provisional paragraph break, taken back below when the sentence runs on.
            var hasBreak = previousLineEnd >= 0;
            if (hasBreak)
            {
                text[n] = '\n';
                map[n] = pendingBreakAt;
                n++;
            }

            var outStart = n;
            var lineChars = WriteLine(original, pos, lineEnd, markdown, text, map, ref n);
            if (lineChars > 0)
            {
                if (hasBreak && JoinsPrevious(text, previousLineStart, previousLineEnd, outStart, n))
                {
                    Array.Copy(text, outStart, text, outStart - 1, lineChars);
                    Array.Copy(map, outStart, map, outStart - 1, lineChars);
                    n--;
                    outStart--;
                }

                previousLineStart = outStart;
                previousLineEnd = n;
            }
            else if (hasBreak)
            {
                n--;
            }

            // Skip the line ending (\r\n, \n or \r).
            pos = lineEnd;
            if (pos < original.Length)
            {
                if (lineChars > 0 || pendingBreakAt < 0)
                {
                    pendingBreakAt = pos;
                }

                pos += original[pos] == '\r' && pos + 1 < original.Length && original[pos + 1] == '\n' ? 2 : 1;
            }
        }

        map[n] = original.Length;
        var clean = new string(text, 0, n);
        if (pooled)
        {
            ArrayPool<char>.Shared.Return(text);
        }

        return new NormalizedText(original, clean, map, rented);
    }

    /// <summary>Documents up to this many characters borrow their scratch buffer.</summary>
    private const int PooledLength = 1 << 20;

    /// <summary>Characters that are not copied as they are: spaces, controls, markup, foldable forms.</summary>
    private static readonly SearchValues<char> Special = SearchValues.Create(BuildSpecial());

    private static string BuildSpecial()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            chars.Add(c);
        }

        for (var c = '\u007F'; c <= '\u00A0'; c++)
        {
            chars.Add(c);
        }

        for (var c = '\uFF01'; c <= '\uFF5E'; c++)
        {
            chars.Add(c);
        }

        chars.AddRange(" ,;()!?:*_<\\\u00AD\u00B7\u3000\u2002\u2003\u2009\u202F\uFEFF\u200B\u200C\u200D\u2060〜～−\u2028\u2029\u0085");
        return new string(chars.Distinct().ToArray());
    }

    /// <summary>Writes one line's characters; returns how many were written.</summary>
    private static int WriteLine(string s, int start, int end, bool markdown, char[] text, int[] map, ref int n)
    {
        var begin = n;
        var i = start;
        while (i < end)
        {
            // Most characters are kept as they are: copy them in bulk up to the next special one.
            var plain = s.AsSpan(i, end - i).IndexOfAny(Special);
            if (plain != 0)
            {
                var length = plain < 0 ? end - i : plain;
                s.AsSpan(i, length).CopyTo(text.AsSpan(n));
                var target = map.AsSpan(n, length);
                for (var k = 0; k < target.Length; k++)
                {
                    target[k] = i + k;
                }

                n += length;
                i += length;
                if (i >= end)
                {
                    break;
                }
            }

            var c = s[i];
            if (CharClass.IsInlineSpace(c))
            {
                var runEnd = i + 1;
                while (runEnd < end && CharClass.IsInlineSpace(s[runEnd]))
                {
                    runEnd++;
                }

                // One space survives only between two Latin letters or digits (CEO Li, 5G NR), but not
                // inside a number typeset digit by digit (4 9 2 5 0 万吨, 1 0 ％).
                var after = runEnd < end ? Fold(s[runEnd], s, runEnd, end) : '\0';
                var spacedDigit = n > begin && CharClass.IsAsciiDigit(text[n - 1]) && CharClass.IsAsciiDigit(after)
                    && (i < 2 || !CharClass.IsAsciiDigit(Fold(s[i - 2], s, i - 2, end)));
                if (n > begin && runEnd < end && CharClass.IsAsciiAlnum(text[n - 1]) && CharClass.IsAsciiAlnum(after) && !spacedDigit)
                {
                    text[n] = ' ';
                    map[n] = i;
                    n++;
                }

                i = runEnd;
                continue;
            }

            if (CharClass.IsInvisible(c) || char.IsControl(c))
            {
                i++;
                continue;
            }

            // 14·1％: a middle dot between digits is a decimal point in older typesetting.
            if (c == '·' && n > begin && CharClass.IsAsciiDigit(text[n - 1]) && i + 1 < end && CharClass.IsAsciiDigit(Fold(s[i + 1], s, i + 1, end)))
            {
                text[n] = '.';
                map[n] = i;
                n++;
                i++;
                continue;
            }

            if (markdown)
            {
                var skip = MarkdownMarkupLength(s, i, end, n == begin);
                if (skip > 0)
                {
                    i += skip;
                    continue;
                }
            }

            text[n] = Fold(c, s, i, end);
            map[n] = i;
            n++;
            i++;
        }

        return n - begin;
    }

    /// <summary>
    /// Full-width ASCII to half-width, except the Chinese clause punctuation the grammar keys on;
    /// ASCII clause punctuation to its Chinese form, except a comma inside a number (1,200).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c, string s, int i, int end)
    {
        if (c < 0x80)
        {
            return c switch
            {
                ',' => i > 0 && i + 1 < end && ((CharClass.IsAsciiDigit(s[i - 1]) && IsThousandsGroup(s, i + 1, end)) || (CharClass.IsAsciiLetter(s[i - 1]) && CharClass.IsAsciiLetter(s[i + 1]))) ? ',' : '，',
                ';' => '；',
                '(' => '（',
                ')' => '）',
                '!' => '！',
                '?' => '？',
                ':' => i > 0 && i + 1 < end && CharClass.IsAsciiDigit(s[i - 1]) && CharClass.IsAsciiDigit(s[i + 1]) ? ':' : '：',
                _ => c,
            };
        }

        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return c switch
            {
                '，' or '；' or '（' or '）' or '！' or '？' or '：' => c,
                _ => (char)(c - 0xFEE0),
            };
        }

        return c switch
        {
            '〜' or '～' => '~',
            '−' => '-',
            _ => c,
        };
    }

    private static bool IsThousandsGroup(string s, int i, int end)
    {
        if (i + 3 > end)
        {
            return false;
        }

        for (var k = i; k < i + 3; k++)
        {
            if (!CharClass.IsAsciiDigit(s[k]))
            {
                return false;
            }
        }

        return i + 3 == end || !CharClass.IsAsciiDigit(s[i + 3]);
    }

    /// <summary>Length of Markdown markup at <paramref name="i"/>: emphasis runs and inline HTML tags.</summary>
    private static int MarkdownMarkupLength(string s, int i, int end, bool atLineStart)
    {
        var c = s[i];
        if (c is '*' or '_')
        {
            var j = i;
            while (j < end && s[j] == c)
            {
                j++;
            }

            // A single '_' inside a word (PM_2.5, file_name) is text.
            if (c == '_' && j - i == 1)
            {
                return 0;
            }

            // "* item" at the start of a line is a bullet: keep it for the structure reader.
            if (atLineStart && j - i == 1 && j < end && s[j] == ' ')
            {
                return 0;
            }

            return j - i;
        }

        if (c == '<' && i + 1 < end && (CharClass.IsAsciiLetter(s[i + 1]) || s[i + 1] == '/'))
        {
            var close = s.IndexOf('>', i + 1, Math.Min(end, i + 64) - i - 1);
            if (close > 0)
            {
                for (var k = i + 1; k < close; k++)
                {
                    if (!(CharClass.IsAsciiAlnum(s[k]) || s[k] is '/' or ' ' or '=' or '"' or '\'' or '-'))
                    {
                        return 0;
                    }
                }

                return close - i + 1;
            }
        }

        if (c == '\\' && i + 1 < end && s[i + 1] is '*' or '_' or '#' or '-')
        {
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// Decides whether the next line continues the sentence of the previous one
    /// (the Wujin excerpt breaks "382" from "家" across a blank line).
    /// </summary>
    private static bool JoinsPrevious(char[] text, int prevStart, int prevEnd, int nextStart, int nextEnd)
    {
        var last = text[prevEnd - 1];
        var first = text[nextStart];
        if (StructureMarkers.StartsWithMarker(text.AsSpan(nextStart, nextEnd - nextStart)))
        {
            return false;
        }

        // A number cut from its multiplier or unit.
        if ((CharClass.IsAsciiDigit(last) || last == '.') && (CharClass.IsAsciiDigit(first) || CharClass.IsHan(first) || first == '%'))
        {
            return prevEnd - prevStart >= 8;
        }

        if (CharClass.IsTerminal(last))
        {
            return false;
        }

        return prevEnd - prevStart >= WrappedLineLength && (CharClass.IsHan(first) || CharClass.IsAsciiAlnum(first) || first is '，' or '、' or '“' or '《');
    }
}
