using System.Security.Claims;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>The person a request acts as in the workflows: a deputy by account, the office (clerks), an administrator, a department's editor, or nobody.</summary>
public sealed class Actors(UserDirectory users)
{
    public async Task<Actor> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.Identity.Name is not { } name)
        {
            return new Actor("anonymous", Role.Anonymous);
        }

        if (user.IsInRole(UserDirectory.Admin))
        {
            return new Actor(name, Role.Admin);
        }

        if (user.IsInRole(UserDirectory.Clerk))
        {
            return new Actor(name, Role.Office);
        }

        if (user.IsInRole(UserDirectory.Deputy))
        {
            return new Actor(name, Role.Deputy);
        }

        return user.IsInRole(UserDirectory.Editor) && await users.DepartmentAsync(name, ct) is { } department
            ? new Actor(name, Role.Department, department)
            : new Actor(name, Role.Citizen);
    }
}

/// <summary>Words for the workflows' states, classes and ratings, per reader.</summary>
public static class SuggestionWords
{
    public static string State(SuggestionState s, bool english) => english ? StateWords.En(s) : StateWords.Zh(s);

    public static string Class(ReplyClass c, bool english) => (c, english) switch
    {
        (ReplyClass.Solved, false) => "A 已解决或基本解决",
        (ReplyClass.Planned, false) => "B 列入计划逐步解决",
        (ReplyClass.NotNow, false) => "C 因条件限制暂不能解决",
        (ReplyClass.Solved, true) => "A solved or mostly solved",
        (ReplyClass.Planned, true) => "B planned, solved step by step",
        _ => "C cannot be solved for now",
    };

    public static string Rating(Satisfaction r, bool english) => (r, english) switch
    {
        (Satisfaction.Satisfied, false) => "满意",
        (Satisfaction.FairlySatisfied, false) => "基本满意",
        (Satisfaction.Dissatisfied, false) => "不满意",
        (Satisfaction.Satisfied, true) => "satisfied",
        (Satisfaction.FairlySatisfied, true) => "fairly satisfied",
        _ => "dissatisfied",
    };

    public static string Case(CaseState s, bool english) => (s, english) switch
    {
        (CaseState.Routed, false) => "待受理",
        (CaseState.Accepted, false) => "办理中",
        (CaseState.Replied, false) => "已答复",
        (CaseState.Closed, false) => "已办结",
        (CaseState.Routed, true) => "waiting to be accepted",
        (CaseState.Accepted, true) => "being handled",
        (CaseState.Replied, true) => "replied",
        _ => "closed",
    };

    /// <summary>The chip class and words of a deadline.</summary>
    public static (string Css, string Words)? Deadline(DeadlineStatus d, bool english) => d switch
    {
        DeadlineStatus.OnTime => ("met", english ? "on time" : "未超期"),
        DeadlineStatus.Amber => ("unclear", english ? "overdue" : "已超期"),
        DeadlineStatus.Red => ("missed", english ? "overdue over 30 days" : "超期30天以上"),
        _ => null,
    };

    public static string Refusal(Refusal r, bool english) => english ? r.En : r.Zh;

    /// <summary>A rate (a fraction) as a percentage to one decimal, or a dash when there is nothing to count.</summary>
    public static string Rate(double? rate) => rate is { } v ? (v * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + "%" : "—";
}
