using System.Buffers;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>A span of years a figure is for: 2021–2025 for 过去五年 in a 2026 report.</summary>
internal readonly record struct Period(int Start, int End)
{
    public bool IsMultiYear => Start < End;
}

/// <summary>
/// The words that give a figure its period (claims.md, <c>period_start</c>): a five-year plan
/// (“十四五”时期, 十五期间, “十四五”以来), a count of years (过去五年, 五年来, 这五年, 今后五年), a span
/// (2021—2025年, 2021年以来), and the words of one year (一年来, 去年, 2025年) that end them.
/// </summary>
internal static class PeriodCues
{
    /// <summary>The first year of the third five-year plan (三五, 1966–1970); the first two ran 1953–1962.</summary>
    private const int ThirdPlanStart = 1966;

    // “十四五”规划 names the plan, not a span of time: only these make a period.
    private static readonly string[] PlanSuffixes = ["时期", "期间", "以来", "末", "期末", "初期", "前期", "五年"];

    private static readonly string[] OneYearWords = ["一年来", "过去一年", "过去的一年", "去年", "今年", "全年", "年内", "当年"];

    /// <summary>The characters a cue can start with: quotes and numerals (plans, counts, years), and the one-year words'.</summary>
    /// <summary>The farthest a cue's first 年 or 五 stands from its start: 2021——2025年.</summary>
    private const int MaxLead = 10;

    private static readonly SearchValues<char> CueStarts = SearchValues.Create("“\"‘十一二两三四五六七八九123456789过去今全年当");

    /// <summary>
    /// The last cue in <paramref name="text"/>: a period (multi-year, or a single year when a
    /// one-year word or a year is written), or null when the text names none.
    /// </summary>
    /// <param name="text">The text before the number.</param>
    /// <param name="reportYear">The year the report was delivered.</param>
    /// <param name="oneYear">True when the last cue is a one-year cue.</param>
    /// <param name="sawOneYear">True when a one-year cue stands anywhere in the text (2025年和“十四五”时期).</param>
    public static Period? Last(ReadOnlySpan<char> text, int reportYear, out bool oneYear, out bool sawOneYear)
    {
        oneYear = false;
        sawOneYear = false;
        Period? found = null;
        for (var i = 0; Next(text, reportYear, ref i, out var cue, out var isOneYear);)
        {
            found = cue;
            oneYear = isOneYear;
            sawOneYear |= isOneYear;
        }

        return found;
    }

    /// <summary>
    /// The next cue at or after <paramref name="i"/>, read left to right without overlaps; on return
    /// <paramref name="i"/> stands just after it. False when the text holds no more cues.
    /// </summary>
    /// <param name="text">The text to read.</param>
    /// <param name="reportYear">The year the report was delivered.</param>
    /// <param name="i">Where to look from; where the cue found ends.</param>
    /// <param name="period">The cue's period (year 0 for 全年 and 当年, the year of the context).</param>
    /// <param name="oneYear">True for a one-year cue.</param>
    public static bool Next(ReadOnlySpan<char> text, int reportYear, ref int i, out Period period, out bool oneYear)
    {
        // Every cue holds a 年 or a 五 (十四五, 五年, 2021—2025年, 去年) at most MaxLead characters after
        // its start: only the stretch before each of them is tried, the rest of the sentence is passed over.
        while (i < text.Length)
        {
            var anchor = text[i..].IndexOfAny('年', '五');
            if (anchor < 0)
            {
                break;
            }

            anchor += i;
            i = Math.Max(i, anchor - MaxLead);
            while (i <= anchor)
            {
                var skip = text[i..(anchor + 1)].IndexOfAny(CueStarts);
                if (skip < 0)
                {
                    i = anchor + 1;
                    break;
                }

                i += skip;
                if (PlanAt(text, i, reportYear, out period, out var length)
                    || CountAt(text, i, reportYear, out period, out length)
                    || SpanAt(text, i, reportYear, out period, out length))
                {
                    oneYear = false;
                    i += length;
                    return true;
                }

                if (OneYearAt(text, i, reportYear, out var year, out length))
                {
                    period = new Period(year, year);
                    oneYear = true;
                    i += length;
                    return true;
                }

                // No cue starts at a digit after a digit: the rest of a number (60199.45) is passed over.
                i++;
                while (i < text.Length && CharClass.IsAsciiDigit(text[i]) && CharClass.IsAsciiDigit(text[i - 1]))
                {
                    i++;
                }
            }
        }

        i = text.Length;
        period = default;
        oneYear = false;
        return false;
    }

    /// <summary>“十四五”时期 / 十五期间 / “十四五”以来 / 十三五末: the plan's years (以来 up to the year before the report).</summary>
    private static bool PlanAt(ReadOnlySpan<char> text, int i, int reportYear, out Period period, out int length)
    {
        period = default;
        length = 0;
        var j = i;
        var quoted = j < text.Length && text[j] is '“' or '"' or '‘';
        if (quoted)
        {
            j++;
        }

        var number = 0;
        if (j < text.Length && text[j] == '十')
        {
            number = 10;
            j++;
            if (j + 1 < text.Length && ChineseNumeralParser.Digit(text[j]) is > 0 and <= 5 && text[j + 1] == '五')
            {
                number += ChineseNumeralParser.Digit(text[j]);
                j++;
            }
        }
        else if (j < text.Length && ChineseNumeralParser.Digit(text[j]) is > 0 and < 10)
        {
            number = ChineseNumeralParser.Digit(text[j]);
            j++;
        }

        if (number == 0 || j >= text.Length || text[j] != '五')
        {
            return false;
        }

        // Not part of a larger numeral (二十五, 百分之十五).
        if (i > 0 && (ChineseNumeralParser.Digit(text[i - 1]) >= 0 || text[i - 1] is '十' or '百' or '之' or '第'))
        {
            return false;
        }

        j++;
        var closed = j < text.Length && text[j] is '”' or '"' or '’';
        if (quoted != closed)
        {
            return false;
        }

        if (closed)
        {
            j++;
        }

        var rest = text[j..];
        string? suffix = null;
        foreach (var s in PlanSuffixes)
        {
            if (rest.StartsWith(s, StringComparison.Ordinal))
            {
                suffix = s;
                break;
            }
        }

        if (suffix is null || number < 3)
        {
            return false;
        }

        var start = ThirdPlanStart + (5 * (number - 3));
        var end = start + 4;
        period = suffix switch
        {
            "以来" => new Period(start, Math.Min(end, reportYear - 1)),
            "末" or "期末" => new Period(end, end),
            "初期" => new Period(start, start),
            _ => new Period(start, end),
        };
        length = j - i + suffix.Length;
        return period.Start <= period.End;
    }

    /// <summary>过去五年, 五年来, 这五年, 近五年, 五年间 (the years before the report); 今后五年, 未来五年 (from the report's year).</summary>
    private static bool CountAt(ReadOnlySpan<char> text, int i, int reportYear, out Period period, out int length)
    {
        period = default;
        length = 0;
        var n = ChineseNumeralParser.Digit(text[i]);
        if (n < 0 && CharClass.IsAsciiDigit(text[i]) && (i + 1 >= text.Length || !CharClass.IsAsciiDigit(text[i + 1])))
        {
            n = text[i] - '0';
        }

        // Not 十五年, 第五年, 连续五年 or 2025年.
        if (n is < 2 or > 9 || i + 1 >= text.Length || text[i + 1] != '年'
            || (i > 0 && (ChineseNumeralParser.Digit(text[i - 1]) >= 0 || CharClass.IsAsciiDigit(text[i - 1]) || text[i - 1] is '十' or '第' or '续' or '百')))
        {
            return false;
        }

        var before = text[..i];
        var after = text[(i + 2)..];
        if (before.EndsWith("今后", StringComparison.Ordinal) || before.EndsWith("未来", StringComparison.Ordinal) || before.EndsWith("今后的", StringComparison.Ordinal)
            || before.EndsWith("未来的", StringComparison.Ordinal) || before.EndsWith("此后", StringComparison.Ordinal))
        {
            period = new Period(reportYear, reportYear + n - 1);
            length = 2;
            return true;
        }

        // 过去五年, 这五年, 的五年 before; 五年来, 五年间, 五年中, 五年累计, 五年共, 五年平均 after.
        var past = before.EndsWith("过去", StringComparison.Ordinal) || before.EndsWith("近", StringComparison.Ordinal)
            || before.EndsWith("这", StringComparison.Ordinal) || before.EndsWith("经过", StringComparison.Ordinal) || before.EndsWith("的", StringComparison.Ordinal)
            || after is ['来' or '间' or '中' or '共', ..] || after.StartsWith("累计", StringComparison.Ordinal) || after.StartsWith("平均", StringComparison.Ordinal);
        if (!past)
        {
            return false;
        }

        period = new Period(reportYear - n, reportYear - 1);
        length = 2;
        return true;
    }

    /// <summary>2021—2025年, 2021-2025年, 2021年至2025年, 2021年以来.</summary>
    private static bool SpanAt(ReadOnlySpan<char> text, int i, int reportYear, out Period period, out int length)
    {
        period = default;
        length = 0;
        if (i + 4 > text.Length || (i > 0 && CharClass.IsAsciiDigit(text[i - 1])) || YearAt(text, i) is not { } first)
        {
            return false;
        }

        var j = i + 4;
        if (j < text.Length && text[j] == '年')
        {
            j++;
            // 创2006年以来新高 is a record, not a span.
            var next = j + 2 < text.Length ? text[j + 2] : '\0';
            var record = (i > 0 && text[i - 1] is '创' or '为' or '是') || next is '新' or '最' or '首';
            if (text[j..].StartsWith("以来", StringComparison.Ordinal) && first < reportYear && !record)
            {
                period = new Period(first, reportYear - 1);
                length = j + 2 - i;
                return first < reportYear - 1;
            }
        }

        if (j < text.Length && text[j] is '—' or '-' or '－' or '–' or '至' or '到' or '~')
        {
            j++;
            if (j < text.Length && text[j] == '—')
            {
                j++;
            }

            if (YearAt(text, j) is { } last && last > first && j + 4 < text.Length && text[j + 4] == '年')
            {
                period = new Period(first, last);
                length = j + 5 - i;
                return true;
            }
        }

        return false;
    }

    private static bool OneYearAt(ReadOnlySpan<char> text, int i, int reportYear, out int year, out int length)
    {
        year = 0;
        length = 0;
        // 比去年, 较上年, 与2020年相比 compare; they do not date the figure.
        if (i > 0 && text[i - 1] is '比' or '较' or '同' or '与' or '于' or '自' or '从')
        {
            return false;
        }

        // The one-year words start with one of these; most characters are none of them.
        foreach (var word in text[i] is '一' or '过' or '去' or '今' or '全' or '年' or '当' ? OneYearWords : [])
        {
            if (text[i..].StartsWith(word, StringComparison.Ordinal))
            {
                // 全年平均 is the year's average; 全年 elsewhere is the year too.
                year = word is "今年" or "年内" ? reportYear : word is "全年" or "当年" ? 0 : reportYear - 1;
                length = word.Length;
                return true;
            }
        }

        if ((i == 0 || !CharClass.IsAsciiDigit(text[i - 1])) && YearAt(text, i) is { } y && i + 4 < text.Length && text[i + 4] == '年'
            && (i + 5 >= text.Length || text[i + 5] is not ('度' or '以')))
        {
            year = y;
            length = 5;
            return true;
        }

        return false;
    }

    /// <summary>A year of four digits from 1949 at <paramref name="i"/>, not followed by another digit.</summary>
    private static int? YearAt(ReadOnlySpan<char> text, int i) =>
        (i + 4 >= text.Length || !CharClass.IsAsciiDigit(text[i + 4])) && RoleCues.YearAt(text, i) is >= 1949 and var year ? year : null;
}
