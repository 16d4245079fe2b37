using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Structure;

/// <summary>Infers the region and report year from a document's opening lines when no metadata gives them.</summary>
internal static class TitleReader
{
    private const int TitleWindow = 600;

    /// <summary>
    /// The report year: a year beside 政府工作报告 in the title, else one more than the year a
    /// review heading names (2023年工作回顾 → 2024), else the first year written.
    /// </summary>
    public static int? ReportYear(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, TitleWindow));
        var firstLineEnd = head.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? head : head[..firstLineEnd];
        if (firstLine.Contains("报告", StringComparison.Ordinal) && RoleCues.FindYear(firstLine) is not null)
        {
            // 2023年…执行情况与2024年…草案的报告: the later year; a lone year of a completion report is the year before.
            var years = Years(firstLine);
            var latest = years.Max();
            return years.Count == 1 && RoleCues.FromHeading(firstLine, int.MaxValue, out _) == SectionRole.Review ? latest + 1 : latest;
        }

        // The first two hundred lines: a review heading names the year before the report's.
        var rest = text.AsSpan();
        for (var n = 0; n < 200 && !rest.IsEmpty; n++)
        {
            var end = rest.IndexOf('\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.Length <= 40 && RoleCues.FromHeading(line, int.MaxValue, out var y) == SectionRole.Review && y is { } reviewed)
            {
                return reviewed + 1;
            }
        }

        return RoleCues.FindYear(head);
    }

    private static List<int> Years(ReadOnlySpan<char> line)
    {
        var years = new List<int>();
        for (var i = 0; i + 5 <= line.Length; i++)
        {
            if (RoleCues.FindYear(line.Slice(i, 5)) is { } y && (i == 0 || !CharClass.IsAsciiDigit(line[i - 1])))
            {
                years.Add(y);
            }
        }

        return years;
    }

    private static readonly string[] NotRegions = ["街区", "社区", "小区", "景区", "片区", "校区", "营区", "功能区", "示范区", "试验区", "保护区", "集聚区", "灾区", "辖区", "库区", "厂区", "商区", "学区", "病区"];

    /// <summary>
    /// The document's title as a reader names it: its first line without Markdown's #, when that reads
    /// as a title (short, not a sentence); a title without its year or region (政府工作报告) gets them
    /// in front: 2024年常州市政府工作报告. Null when the first line is a sentence.
    /// </summary>
    public static string? Title(string text, string region, int reportYear)
    {
        var rest = text.AsSpan(0, Math.Min(text.Length, TitleWindow));
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim().TrimStart('#').Trim();
            rest = end < 0 ? [] : rest[(end + 1)..];
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Length > 60 || line[^1] is '。' or '；' or '，' or '：' or ':' || line.Contains('。'))
            {
                return null;
            }

            var title = line.ToString();
            if (RoleCues.FindYear(line) is null && (title.Contains("报告", StringComparison.Ordinal) || title.Contains("计划", StringComparison.Ordinal)))
            {
                title = (title.Contains(region, StringComparison.Ordinal) ? "" : region) + title;
                title = $"{reportYear}年{title}";
            }

            return title;
        }

        return null;
    }

    /// <summary>The most specific region the opening lines name: 常州市新北区 → 新北区.</summary>
    public static string? Region(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, TitleWindow));
        string? city = null;
        for (var i = 2; i < head.Length; i++)
        {
            var c = head[i];
            if (c is not ('省' or '市' or '区' or '县' or '州' or '旗'))
            {
                continue;
            }

            var j = i;
            while (j > 0 && i - j < 6 && CharClass.IsHan(head[j - 1]) && head[j - 1] is not ('省' or '市' or '区' or '县' or '在' or '于' or '的' or '是' or '全' or '我' or '本' or '各' or '和' or '年'))
            {
                j--;
            }

            // 地区生产总值 is the economy's output, not a region called 预计地区.
            if (i - j < 2 || (c == '区' && head[i - 1] == '地' && head[(i + 1)..].StartsWith("生产总值", StringComparison.Ordinal)))
            {
                continue;
            }

            var name = head[j..(i + 1)].ToString();
            if (c is '区' or '县' or '旗')
            {
                // 美丽街区, 老旧小区, 自贸试验区: places a report speaks of, not a government (东城区, 矿区 and 工业园区 can be).
                if (c == '区' && NotRegions.Any(w => name.EndsWith(w, StringComparison.Ordinal)))
                {
                    continue;
                }

                return name;
            }

            if (c == '市')
            {
                city ??= name;
            }
        }

        return city;
    }
}
