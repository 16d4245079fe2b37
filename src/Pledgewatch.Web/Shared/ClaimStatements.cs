using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>A claim's figure as a line of a table (≥ 5.5%, 1.2万—1.5万人, ≥ 12,000 people, 保持增长) and the period it is for.</summary>
public static class ClaimStatements
{
    public static IHtmlContent StatementOf(this IHtmlHelper html, TrackedClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return html.StatementOf(c.Claim);
    }

    public static IHtmlContent StatementOf(this IHtmlHelper html, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var language = html.Reader();
        var phrase = new Phrase();
        if (claim.NoTarget)
        {
            phrase.Say(html.T("不设目标", "no target"));
        }
        else if (claim.Value is not { } value)
        {
            phrase.Say(html.DirectionOf(claim));
        }
        else
        {
            phrase.Say(claim.Range is { } range
                ? $"{Amounts.ForPeople(range.Low, language)}—{Amounts.ForPeople(range.High, language)}"
                : $"{ContractNames.Of(claim.Op)} {Amounts.ForPeople(value, language)}").SayUnit(claim.Unit, language);
        }

        return html.Words(phrase);
    }

    /// <summary>A target without a number, as words: 保持增长, 持续下降 (keep growing, keep falling).</summary>
    public static string DirectionOf(this IHtmlHelper html, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var down = claim.Op is Bound.LessThan or Bound.AtMost;
        return claim.Kind == ClaimKind.Target
            ? (down ? html.T("持续下降", "keep falling") : html.T("保持增长", "keep growing"))
            : (down ? html.T("下降", "fell") : html.T("增长", "grew"));
    }

    /// <summary>Every figure says the period it is for: 2025年, or 2021—2025年 for a five-year figure.</summary>
    public static string PeriodOf(this IHtmlHelper html, TrackedClaim c)
    {
        ArgumentNullException.ThrowIfNull(c);
        return Amounts.PeriodOf(c.Claim) + html.T("年", "");
    }
}
