using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Extraction;

namespace Pledgewatch.Web.Shared;

/// <summary>What a measure is called on a page: 增速 for a growth rate, 总量 for a level, 新增 for an amount added.</summary>
public static class MeasureNames
{
    public static string NameOf(this IHtmlHelper html, Measure measure) => measure switch
    {
        Measure.Growth => html.T("增速", "growth"),
        Measure.Level => html.T("总量或水平", "level"),
        Measure.Added => html.T("新增", "added"),
        _ => ContractNames.Of(measure),
    };
}
