using System.Globalization;
using System.Net;
using System.Text;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>
/// A Gantt-like chart of projects' milestones, drawn as SVG on the server (coordinates are SVG
/// attributes, so the strict content-security policy needs no inline styles): per project a line
/// from its first to its last planned milestone, a hollow mark where each is planned, a filled one
/// where it was reached (amber when late), a red one at today for each overdue, and today's line.
/// </summary>
public sealed class Timeline
{
    public const double Width = 1000, LabelWidth = 230, RowHeight = 34, Top = 28;

    public Timeline(IReadOnlyList<ProjectSummary> rows, DateOnly today)
    {
        Rows = rows;
        Today = today;
        var days = rows.SelectMany(r => r.Milestones.SelectMany(m => new[] { m.Planned, m.Actual ?? m.Planned })).Append(today).ToList();
        From = days.Min().AddDays(-20);
        To = days.Max().AddDays(20);
    }

    public IReadOnlyList<ProjectSummary> Rows { get; }

    public DateOnly Today { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public double Height => Top + Rows.Count * RowHeight + 10;

    /// <summary>The x of a day.</summary>
    public string X(DateOnly day) => F(At(day));

    public static string Y(int row) => F(Row(row));

    /// <summary>A diamond (a planned milestone) centred on the day in the row.</summary>
    public string Diamond(DateOnly day, int row)
    {
        var (x, y) = (At(day), Row(row));
        return $"{F(x)},{F(y - 6)} {F(x + 6)},{F(y)} {F(x)},{F(y + 6)} {F(x - 6)},{F(y)}";
    }

    private double At(DateOnly day) => LabelWidth + (Width - LabelWidth - 10) * (day.DayNumber - From.DayNumber) / Math.Max(1, To.DayNumber - From.DayNumber);

    private static double Row(int row) => Top + row * RowHeight + RowHeight / 2;

    /// <summary>The axis: quarters over up to two years, half-years up to four, else years.</summary>
    public IEnumerable<DateOnly> Ticks()
    {
        var span = To.DayNumber - From.DayNumber;
        var months = span <= 730 ? 3 : span <= 1460 ? 6 : 12;
        var d = new DateOnly(From.Year, (From.Month - 1) / months * months + 1, 1);
        for (; d <= To; d = d.AddMonths(months))
        {
            if (d >= From)
            {
                yield return d;
            }
        }
    }

    public string MarkClass(MilestoneEntity m) => m.Actual is { } a ? (a > m.Planned ? "late" : "actual") : "planned";

    /// <summary>The chart as SVG markup, every text encoded.</summary>
    public string ToSvg(bool english)
    {
        string T(string zh, string en) => WebUtility.HtmlEncode(english ? en : zh);
        var svg = new StringBuilder();
        svg.Append("<div class=\"timeline-wrap\">");
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {F(Width)} {F(Height)}\" role=\"img\" aria-label=\"{T("项目节点时间轴", "Milestone timeline")}\">");
        foreach (var tick in Ticks())
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(tick)}\" x2=\"{X(tick)}\" y1=\"18\" y2=\"{F(Height)}\" stroke=\"#eef1f4\"/><text x=\"{X(tick)}\" y=\"14\" text-anchor=\"middle\">{tick:yyyy-MM}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"today\" x1=\"{X(Today)}\" x2=\"{X(Today)}\" y1=\"18\" y2=\"{F(Height)}\"><title>{T("今天", "Today")} {Today:yyyy-MM-dd}</title></line>");
        for (var i = 0; i < Rows.Count; i++)
        {
            var p = Rows[i];
            var milestones = p.Milestones;
            var y = Y(i);
            var name = p.Project.Name.Length > 16 ? p.Project.Name[..16] + "…" : p.Project.Name;
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"/projects/{p.Project.Id}\"><text translate=\"no\" x=\"4\" y=\"{y}\" dy=\"4\">{WebUtility.HtmlEncode(name)}</text></a>");
            if (milestones.Count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"span\" x1=\"{X(milestones.Min(m => m.Planned))}\" x2=\"{X(milestones.Max(m => m.Planned))}\" y1=\"{y}\" y2=\"{y}\"/>");
            }

            foreach (var m in milestones)
            {
                var label = WebUtility.HtmlEncode(m.Name);
                svg.Append(CultureInfo.InvariantCulture, $"<polygon class=\"planned\" points=\"{Diamond(m.Planned, i)}\"><title>{label} {T("计划", "planned")} {m.Planned:yyyy-MM-dd}</title></polygon>");
                if (m.Actual is { } done)
                {
                    var late = done.DayNumber - m.Planned.DayNumber;
                    var note = late > 0 ? T($"，晚{late}天", $", {late} days late") : "";
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{MarkClass(m)}\" cx=\"{X(done)}\" cy=\"{y}\" r=\"5\"><title>{label} {T("完成", "reached")} {done:yyyy-MM-dd}{note}</title></circle>");
                }
                else if (m.Planned < Today)
                {
                    var overdue = Today.DayNumber - m.Planned.DayNumber;
                    svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"overdue\" cx=\"{X(Today)}\" cy=\"{y}\" r=\"5\"><title>{label} {T($"逾期{overdue}天", $"{overdue} days overdue")}</title></circle>");
                }

                svg.Append(CultureInfo.InvariantCulture, $"<text translate=\"no\" x=\"{X(m.Actual ?? m.Planned)}\" y=\"{y}\" dy=\"-8\" text-anchor=\"middle\" font-size=\"10\">{label}</text>");
            }
        }

        return svg.Append("</svg></div>").ToString();
    }

    public static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
