using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>What a document type is called on a page, in the visitor's language; a type Pledgewatch does not know shows as written.</summary>
public static class DocumentTypeNames
{
    private static readonly Dictionary<DocumentType, (string Zh, string En)> Names = new()
    {
        [DocumentType.GovernmentWorkReport] = ("政府工作报告", "Government work report"),
        [DocumentType.GovernmentWorkReportSummary] = ("政府工作报告摘要", "Work report summary"),
        [DocumentType.PlanReport] = ("计划报告", "Plan report"),
        [DocumentType.News] = ("新闻报道", "News"),
        [DocumentType.Media] = ("媒体报道", "Media"),
    };

    public static string NameOf(this IHtmlHelper html, DocumentType? type) => type switch
    {
        null => "",
        { } t when Names.TryGetValue(t, out var name) => html.T(name.Zh, name.En),
        { } t => t.Name,
    };
}
