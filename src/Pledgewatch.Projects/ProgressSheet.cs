using System.Globalization;
using System.Text.RegularExpressions;

namespace Pledgewatch.Projects;

/// <summary>A message in both languages, for the person who uploaded the sheet.</summary>
public sealed record Words(string Zh, string En);

/// <summary>One row of a progress sheet: a project's new percentage (with a note) and/or a milestone reached, on a day.</summary>
/// <param name="Row">The row number as the spreadsheet shows it (the headings are row 1).</param>
public sealed record ProgressRow(int Row, long ProjectId, string? Name, int? Percent, string? Note, DateOnly On, string? Milestone, DateOnly? Reached);

/// <summary>A row that cannot be applied, and why.</summary>
public sealed record RowProblem(int Row, Words Why);

/// <summary>
/// The progress sheet editors fill in (the template is the project list): one row per project and
/// day, its percentage and a note, or a milestone and the day it was reached. Headings are read in
/// Chinese or English, in any order; every row is checked and every problem named by its row.
/// </summary>
public sealed partial class ProgressSheet
{
    /// <summary>The headings of the template, in order: Chinese as written in the template, then the English accepted too.</summary>
    public static readonly IReadOnlyList<(string Key, string Zh, string En)> Columns =
    [
        ("id", "项目编号", "project id"),
        ("name", "项目名称", "project"),
        ("percent", "进度（%）", "progress %"),
        ("note", "进展情况", "note"),
        ("date", "日期", "date"),
        ("milestone", "节点", "milestone"),
        ("reached", "节点完成日期", "milestone reached"),
    ];

    private static readonly Dictionary<string, string[]> Aliases = new(StringComparer.Ordinal)
    {
        ["id"] = ["项目编号", "编号", "projectid", "id"],
        ["name"] = ["项目名称", "名称", "project", "name", "projectname"],
        ["percent"] = ["进度(%)", "进度%", "进度", "形象进度", "progress%", "progress", "percent"],
        ["note"] = ["进展情况", "进展说明", "说明", "note", "notes"],
        ["date"] = ["日期", "填报日期", "date"],
        ["milestone"] = ["节点", "里程碑", "milestone"],
        ["reached"] = ["节点完成日期", "完成日期", "milestonereached", "reached"],
    };

    private ProgressSheet(IReadOnlyList<ProgressRow> rows, IReadOnlyList<RowProblem> problems)
    {
        Rows = rows;
        Problems = problems;
    }

    public IReadOnlyList<ProgressRow> Rows { get; }

    /// <summary>Problems by row (row 1: the headings); none means every row can be applied as far as the sheet alone tells.</summary>
    public IReadOnlyList<RowProblem> Problems { get; }

    /// <summary>The template's rows for the given projects: id and name filled in, the rest for the editor; then two columns for information only.</summary>
    public static IReadOnlyList<string> TemplateHeadings(bool english) =>
        [.. Columns.Select(c => english ? c.En : c.Zh), english ? "current % (not read)" : "当前进度（不导入）", english ? "open milestones (not read)" : "未完成节点（不导入）"];

    /// <summary>Reads rows of text cells under <paramref name="headings"/>.</summary>
    public static ProgressSheet Parse(IReadOnlyList<string> headings, IEnumerable<(int Row, IReadOnlyList<string> Cells)> rows)
    {
        ArgumentNullException.ThrowIfNull(headings);
        ArgumentNullException.ThrowIfNull(rows);
        var at = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headings.Count; i++)
        {
            var heading = Normalise(headings[i]);
            if (Aliases.FirstOrDefault(a => a.Value.Contains(heading, StringComparer.Ordinal)).Key is { } key && !at.ContainsKey(key))
            {
                at[key] = i;
            }
        }

        var problems = new List<RowProblem>();
        var missing = new[] { "id", "date" }.Where(k => !at.ContainsKey(k)).ToList();
        if (missing.Count > 0 || !(at.ContainsKey("percent") || at.ContainsKey("milestone")))
        {
            problems.Add(new RowProblem(1, new Words(
                "第1行应有标题“项目编号”“日期”以及“进度（%）”或“节点”（可下载模板）",
                "row 1 must hold the headings “项目编号 / project id”, “日期 / date” and “进度（%） / progress %” or “节点 / milestone” (download the template)")));
            return new ProgressSheet([], problems);
        }

        var parsed = new List<ProgressRow>();
        foreach (var (row, cells) in rows)
        {
            string? Cell(string key) => at.TryGetValue(key, out var i) && i < cells.Count && cells[i].Trim() is { Length: > 0 } v ? v : null;
            // A template row left as it was (the project's id and name only) has nothing new: it is skipped.
            if (new[] { "percent", "note", "date", "milestone", "reached" }.All(k => Cell(k) is null))
            {
                continue;
            }

            if (ParseRow(row, Cell) is { } problem)
            {
                problems.Add(new RowProblem(row, problem.Why));
                continue;
            }

            parsed.Add(Row(row, Cell));
        }

        // A project's percentage twice in one sheet, or one milestone twice, is ambiguous.
        foreach (var twice in parsed.Where(r => r.Percent is not null).GroupBy(r => r.ProjectId).Where(g => g.Count() > 1))
        {
            foreach (var r in twice.Skip(1))
            {
                problems.Add(new RowProblem(r.Row, new Words($"项目{r.ProjectId}的进度在第{twice.First().Row}行已填写", $"project {r.ProjectId}'s progress is given already in row {twice.First().Row}")));
            }
        }

        foreach (var twice in parsed.Where(r => r.Milestone is not null).GroupBy(r => (r.ProjectId, r.Milestone)).Where(g => g.Count() > 1))
        {
            foreach (var r in twice.Skip(1))
            {
                problems.Add(new RowProblem(r.Row, new Words($"节点“{r.Milestone}”在第{twice.First().Row}行已填写", $"milestone “{r.Milestone}” is given already in row {twice.First().Row}")));
            }
        }

        return new ProgressSheet(parsed, [.. problems.OrderBy(p => p.Row)]);
    }

    private static RowProblem? ParseRow(int row, Func<string, string?> cell)
    {
        Words? why = null;
        if (cell("id") is not { } id || Id(id) is null)
        {
            why = new Words("项目编号应为正整数（见模板第一列）", "the project id must be a whole number (the template's first column)");
        }
        else if (cell("date") is not { } date || Day(date) is null)
        {
            why = new Words("日期应写作 2025-07-14", "the date must be written 2025-07-14");
        }
        else if (cell("percent") is { } percent && Percent(percent) is null)
        {
            why = new Words($"进度“{percent}”应为0到100的整数", $"progress “{percent}” must be a whole number from 0 to 100");
        }
        else if (cell("percent") is not null && cell("note") is null)
        {
            why = new Words("填写进度时请写一句进展情况", "a progress figure needs a few words in the note");
        }
        else if (cell("percent") is null && cell("milestone") is null)
        {
            why = new Words("这一行既没有进度也没有节点", "the row gives neither progress nor a milestone");
        }
        else if (cell("reached") is { } reached && Day(reached) is null)
        {
            why = new Words("节点完成日期应写作 2025-07-14", "the milestone's day must be written 2025-07-14");
        }
        else if (cell("reached") is not null && cell("milestone") is null)
        {
            why = new Words("有节点完成日期但没有节点名称", "a milestone day is given without the milestone");
        }
        else if (cell("note")?.Length > 2000 || cell("milestone")?.Length > 100)
        {
            why = new Words("进展情况最多2000字，节点名称最多100字", "a note is at most 2,000 characters, a milestone's name at most 100");
        }

        return why is null ? null : new RowProblem(row, why);
    }

    private static ProgressRow Row(int row, Func<string, string?> cell)
    {
        var on = Day(cell("date")!)!.Value;
        return new ProgressRow(row, Id(cell("id")!)!.Value, cell("name"), cell("percent") is { } p ? Percent(p) : null,
            cell("note"), on, cell("milestone"), cell("milestone") is null ? null : cell("reached") is { } r ? Day(r) : on);
    }

    /// <summary>A day as people write it: 2025-07-14, 2025/7/14, 2025.7.14, 2025年7月14日 (a time after it is ignored).</summary>
    public static DateOnly? Day(string text)
    {
        var m = DayPattern().Match(text.Trim());
        return m.Success && DateOnly.TryParseExact($"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture):00}-{int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture):00}",
            "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    /// <summary>A project id: a positive whole number (Excel may give 12 as 12.0).</summary>
    private static long? Id(string text) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 1 and < 1e15 && v == Math.Floor(v) ? (long)v : null;

    private static int? Percent(string text)
    {
        var t = text.Trim().TrimEnd('%', '％').Trim();
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 100 && Math.Abs(v - Math.Round(v)) < 1e-9 ? (int)Math.Round(v) : null;
    }

    private static string Normalise(string heading) =>
        new string([.. heading.Trim().ToLowerInvariant().Replace('（', '(').Replace('）', ')').Replace('％', '%').Where(c => !char.IsWhiteSpace(c) && c != '_')]);

    [GeneratedRegex(@"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")]
    private static partial Regex DayPattern();
}
