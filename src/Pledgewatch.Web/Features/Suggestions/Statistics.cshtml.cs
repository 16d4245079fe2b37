using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// The figures the reports quote, computed from the records, never typed in: per year and
/// department, for deputies' suggestions and for citizens' cases — received, due, 办结率 (replied on
/// time over due), average days to reply, the A/B/C shares, 满意率, 督办 and key counts. The same
/// as CSV or Excel (<c>?format=csv|xlsx&amp;of=suggestions|cases</c>).
/// </summary>
public sealed class StatisticsModel(DeputySuggestions suggestions, CitizenCases cases, Pledgewatch.Storage.Tracking.Tracker tracker) : PageModel
{
    public IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)> Suggestions { get; private set; } = [];

    public IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)> Cases { get; private set; } = [];

    /// <summary>What the reports say of suggestion handling, beside the records' figures.</summary>
    public IReadOnlyList<(string Region, int Year, TrackedClaim Claim, FigureCheck Check)> Reported { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? format, string? of, CancellationToken ct)
    {
        // The suggestions are read once, for their figures and for the reports' check.
        var items = await suggestions.ListAsync(ct: ct);
        Suggestions = suggestions.StatisticsOf(items);
        Cases = await cases.StatisticsAsync(ct);
        if (format is null)
        {
            Reported = await suggestions.ReportedAsync(tracker, items, ct);
            return Page();
        }

        if (format is not ("csv" or "xlsx") || of is not ("suggestions" or "cases"))
        {
            return BadRequest("format is csv or xlsx, of is suggestions or cases");
        }

        var english = Language.IsEnglish(HttpContext);
        var table = Table(of == "cases" ? Cases : Suggestions, english, of == "cases" ? (english ? "citizens' cases" : "群众诉求") : (english ? "deputies' suggestions" : "代表建议"));
        var (bytes, type, name) = Api.TableFiles.Write(table, format, $"{of}-statistics");
        return File(bytes, type, name);
    }

    /// <summary>The rows as a report table, rates as fractions (a spreadsheet formats them), the year's total first.</summary>
    public static ReportTable Table(IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)> rows, bool english, string name) => new(
        name,
        english
            ? ["Year", "Department", "Received", "Due", "Replied on time", "On-time rate", "Average days to reply", "Replied", "A share", "B share", "C share", "Rated", "Satisfaction rate", "Supervised", "Key"]
            : ["年度", "承办单位", "收到", "到期", "按时答复", "按时办结率", "平均答复天数", "已答复", "A类占比", "B类占比", "C类占比", "已评价", "满意率", "督办", "重点"],
        [.. rows.Select(r => new object?[]
        {
            r.Year, r.Department ?? (english ? "all" : "合计"), r.Figures.Received, r.Figures.Due, r.Figures.OnTime, r.Figures.OnTimeRate, r.Figures.AverageDays is { } d ? Math.Round(d, 1) : null,
            r.Figures.Replied, r.Figures.ShareSolved, r.Figures.SharePlanned, r.Figures.ShareNotNow, r.Figures.Rated, r.Figures.SatisfactionRate, r.Figures.Supervised, r.Figures.Key,
        })]);
}
