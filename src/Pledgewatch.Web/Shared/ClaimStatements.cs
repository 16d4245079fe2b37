using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>A claim's figure as a line of a table (≥ 5.5%, 1.2万—1.5万人, growth) and the period it is for.</summary>
public static class ClaimStatements
{
    public static string StatementOf(this IHtmlHelper html, TrackedClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Claim.NoTarget ? html.T("不设目标", "no target")
            : c.Claim.Value is null
            ? (c.Claim.Op is Bound.LessThan or Bound.AtMost ? html.T("下降", "decline") : html.T("增长", "growth"))
            : c.Claim.Range is { } range
                ? $"{Amounts.ForPeople(range.Low)}—{Amounts.ForPeople(range.High)}{c.Claim.Unit}"
                : $"{ContractNames.Of(c.Claim.Op)} {Amounts.ForPeople(c.Claim.Value)}{c.Claim.Unit}";
    }

    /// <summary>Every figure says the period it is for: 2025年, or 2021—2025年 for a five-year figure.</summary>
    public static string PeriodOf(this IHtmlHelper html, TrackedClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Amounts.PeriodOf(c.Claim) + "年";
    }
}
