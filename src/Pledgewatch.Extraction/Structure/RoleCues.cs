using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Structure;

/// <summary>Words in headings and paragraph openings that tell review from plan.</summary>
internal static class RoleCues
{
    // 计划执行情况 is a review although it says 计划: review cues are tried first.
    private static readonly string[] Review =
    [
        "回顾", "执行情况", "完成情况", "开展情况", "进展情况", "落实情况", "实施情况", "过去一年", "过去的一年",
        "一年来", "过去五年", "主要工作", "主要成绩", "工作成效", "工作总结", "发展情况", "运行情况", "取得的成绩", "主要成效",
    ];

    private static readonly string[] Plan =
    [
        "目标", "安排", "计划", "重点工作", "重点任务", "主要任务", "工作任务", "总体要求", "思路", "建议", "部署", "今年工作", "草案",
    ];

    /// <summary>Paragraph openings that start a review, when no heading said so.</summary>
    private static readonly string[] ReviewOpenings = ["一年来", "过去一年", "过去的一年", "回顾过去", "回首"];

    public static SectionRole FromHeading(ReadOnlySpan<char> heading, int reportYear, out int? year)
    {
        year = FindYear(heading);
        foreach (var cue in Review)
        {
            if (heading.Contains(cue, StringComparison.Ordinal))
            {
                // 今年主要工作 / 2025年主要工作 speak of the year ahead.
                if (cue == "主要工作" && (heading.Contains("今年", StringComparison.Ordinal) || year >= reportYear))
                {
                    return SectionRole.Plan;
                }

                return SectionRole.Review;
            }
        }

        foreach (var cue in Plan)
        {
            if (heading.Contains(cue, StringComparison.Ordinal))
            {
                return year is { } y && y < reportYear ? SectionRole.Review : SectionRole.Plan;
            }
        }

        return SectionRole.Unknown;
    }

    public static bool OpensReview(ReadOnlySpan<char> paragraph)
    {
        foreach (var cue in ReviewOpenings)
        {
            if (paragraph.StartsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first four-digit year (19xx or 20xx) followed by 年.</summary>
    public static int? FindYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] == '年' && (i == 0 || !CharClass.IsAsciiDigit(text[i - 1])) && YearAt(text, i) is { } year)
            {
                return year;
            }
        }

        return null;
    }

    /// <summary>The year (19xx or 20xx) written in the four digits at <paramref name="i"/>, or null.</summary>
    public static int? YearAt(ReadOnlySpan<char> text, int i) =>
        i + 4 <= text.Length
        && ((text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0'))
        && CharClass.IsAsciiDigit(text[i + 2]) && CharClass.IsAsciiDigit(text[i + 3])
            ? ((text[i] - '0') * 1000) + ((text[i + 1] - '0') * 100) + ((text[i + 2] - '0') * 10) + (text[i + 3] - '0')
            : null;
}
