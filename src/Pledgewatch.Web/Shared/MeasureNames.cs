using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>What the product's terms are called on a page: a measure (增速 for a growth rate), a claim's kind, a carry-over.</summary>
public static class MeasureNames
{
    public static string NameOf(this IHtmlHelper html, Measure measure) => MeasureWords.Of(measure, html.Reader());

    /// <summary>目标 / target, 结果 / outcome.</summary>
    public static string NameOf(this IHtmlHelper html, ClaimKind kind) => MeasureWords.Of(kind, html.Reader());

    /// <summary>A role: 管理员 / administrator, 人大办工作人员 / congress office clerk, 编辑 / editor, 代表 / deputy.</summary>
    public static string RoleOf(this IHtmlHelper html, string role) => role switch
    {
        "admin" => html.T("管理员", "administrator"),
        "clerk" => html.T("人大办工作人员", "congress office clerk"),
        "editor" => html.T("编辑", "editor"),
        "deputy" => html.T("代表", "deputy"),
        _ => role,
    };

    /// <summary>A milestone overdue, its name as the editor wrote it: 开工计划2026-03-01，已逾期30天.</summary>
    public static IHtmlContent SlipOf(this IHtmlHelper html, Pledgewatch.Projects.Slip slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        var planned = slip.Planned.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return html.Words(new Phrase().Quote(slip.Milestone)
            .Say(html.T($"计划{planned}，已逾期{slip.Days}天", $" was planned for {planned}: {slip.Days} days overdue")));
    }

    /// <summary>Where a proposed project came from: 部门提出 / department, 代表建议 / deputy proposal, 市民建议 / citizen suggestion.</summary>
    public static string SourceOf(this IHtmlHelper html, string? source) => source switch
    {
        "部门提出" => html.T(source, "Department"),
        "代表建议" => html.T(source, "Deputy proposal"),
        "市民建议" => html.T(source, "Citizen suggestion"),
        null => "",
        _ => source,
    };

    /// <summary>What the next year's plan did: 重提 / repeated, 提高 / raised, 降低 / lowered, 未再提出 / dropped.</summary>
    public static string NameOf(this IHtmlHelper html, CarryOverKind kind) => kind switch
    {
        CarryOverKind.Repeated => html.T("重提", "repeated"),
        CarryOverKind.Raised => html.T("提高", "raised"),
        CarryOverKind.Lowered => html.T("降低", "lowered"),
        _ => html.T("未再提出", "dropped"),
    };
}
