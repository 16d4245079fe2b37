using Pledgewatch.Geo;

namespace Pledgewatch.Suggestions;

/// <summary>Where a citizen's suggestion or complaint stands.</summary>
public enum CaseState
{
    /// <summary>Received; routed to a department, which has not accepted it yet.</summary>
    Routed,

    /// <summary>Accepted by the department, which owes a reply.</summary>
    Accepted,

    /// <summary>Replied; the citizen may rate it with their key.</summary>
    Replied,

    /// <summary>Rated by the citizen, or closed without a rating.</summary>
    Closed,
}

/// <summary>A suggestion (人民建议) or a complaint (诉求), as the 12345 hotline and the suggestion desk take them.</summary>
public enum CaseKind
{
    Suggestion,
    Complaint,
}

/// <summary>The timers of a category, in working days: to accept a case, and to reply once accepted (settings).</summary>
public sealed record CaseTimers(int AcceptDays = 1, int ReplyDays = 15);

/// <summary>
/// A citizen's suggestion or complaint (人民建议, 12345) through its loop: received and routed to a
/// department by category and district, accepted within its timer, replied within its timer,
/// rated by the citizen with the key they were given (no account), closed. The citizen's name and
/// phone are not part of it: they are kept apart and never shown. Each step returns the case after
/// it, or why it is refused.
/// </summary>
public sealed record CitizenCase
{
    public required CaseKind Kind { get; init; }

    public required string Category { get; init; }

    public required string Text { get; init; }

    public string? District { get; init; }

    /// <summary>Where it is about (WGS-84), when the citizen gave a place.</summary>
    public LngLat? At { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    public CaseState State { get; init; } = CaseState.Routed;

    /// <summary>The department it is routed to.</summary>
    public required string Department { get; init; }

    public DateOnly? AcceptDue { get; init; }

    public DateOnly? AcceptedOn { get; init; }

    public DateOnly? ReplyDue { get; init; }

    public string? Reply { get; init; }

    public DateOnly? RepliedOn { get; init; }

    public Satisfaction? Rating { get; init; }

    public DateOnly? ClosedOn { get; init; }

    /// <summary>Receives a case and routes it (the department chosen by <see cref="CaseRouting"/>); the accept timer starts.</summary>
    public static Step<CitizenCase> Receive(CaseKind kind, string category, string text, string? district, LngLat? at, string department, DateOnly on, CaseTimers timers, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(calendar);
        if (string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(category))
        {
            return Step<CitizenCase>.No("empty", "请写明类别和内容", "a case needs a category and a text");
        }

        if (string.IsNullOrWhiteSpace(department))
        {
            return Step<CitizenCase>.No("no-department", "没有承办单位可以分派", "there is no department to route it to");
        }

        return Step<CitizenCase>.Done(new CitizenCase
        {
            Kind = kind, Category = category.Trim(), Text = text.Trim(), District = district, At = at, ReceivedOn = on,
            Department = department, AcceptDue = calendar.AddWorkingDays(on, timers.AcceptDays),
        });
    }

    /// <summary>The department it is routed to accepts it; the reply timer starts.</summary>
    public Step<CitizenCase> Accept(Actor by, DateOnly on, CaseTimers timers, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(calendar);
        return State != CaseState.Routed ? Wrong("受理", "accepted")
            : !IsDepartment(by) ? NotDepartment()
            : Step<CitizenCase>.Done(this with { State = CaseState.Accepted, AcceptedOn = on, ReplyDue = calendar.AddWorkingDays(on, timers.ReplyDays) });
    }

    /// <summary>The office routes it to another department (the first said it is not theirs); the accept timer starts again.</summary>
    public Step<CitizenCase> Reroute(Actor by, string department, DateOnly on, CaseTimers timers, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(timers);
        ArgumentNullException.ThrowIfNull(calendar);
        return by?.IsOffice != true ? Step<CitizenCase>.No("not-office", "只有办公室可以改派", "only the office routes a case elsewhere")
            : State is not (CaseState.Routed or CaseState.Accepted) ? Wrong("改派", "routed elsewhere")
            : string.IsNullOrWhiteSpace(department) || department == Department ? Step<CitizenCase>.No("same-department", "请选择另一个承办单位", "choose another department")
            : Step<CitizenCase>.Done(this with { State = CaseState.Routed, Department = department, AcceptedOn = null, ReplyDue = null, AcceptDue = calendar.AddWorkingDays(on, timers.AcceptDays) });
    }

    /// <summary>The department replies (accepting it first if it had not).</summary>
    public Step<CitizenCase> Answer(Actor by, string text, DateOnly on)
    {
        if (State is not (CaseState.Accepted or CaseState.Routed))
        {
            return Wrong("答复", "replied");
        }

        if (!IsDepartment(by))
        {
            return NotDepartment();
        }

        return string.IsNullOrWhiteSpace(text)
            ? Step<CitizenCase>.No("empty", "答复需要内容", "a reply needs a text")
            : Step<CitizenCase>.Done(this with { State = CaseState.Replied, Reply = text.Trim(), RepliedOn = on, AcceptedOn = AcceptedOn ?? on });
    }

    /// <summary>The citizen rates the reply with their key (checked by the caller against the stored hash: <paramref name="keyMatches"/>); once.</summary>
    public Step<CitizenCase> Rate(bool keyMatches, Satisfaction rating, DateOnly on) =>
        !keyMatches ? Step<CitizenCase>.No("wrong-key", "查询码不对", "that is not this case's key")
        : Rating is not null ? Step<CitizenCase>.No("rated", "已经评价过了", "it is rated already")
        : State != CaseState.Replied ? Wrong("评价", "rated")
        : Step<CitizenCase>.Done(this with { State = CaseState.Closed, Rating = rating, ClosedOn = on });

    /// <summary>The office closes a replied case the citizen did not rate.</summary>
    public Step<CitizenCase> Close(Actor by, DateOnly on) =>
        by?.IsOffice != true ? Step<CitizenCase>.No("not-office", "只有办公室可以办结", "only the office closes a case")
        : State != CaseState.Replied ? Wrong("办结", "closed")
        : Step<CitizenCase>.Done(this with { State = CaseState.Closed, ClosedOn = on });

    /// <summary>How it stands against the timer running on <paramref name="today"/>: accepting, then replying.</summary>
    public DeadlineStatus Deadline(DateOnly today) => State switch
    {
        CaseState.Routed => Deadlines.Judge(AcceptDue, today),
        CaseState.Accepted => Deadlines.Judge(ReplyDue, today),
        _ => DeadlineStatus.None,
    };

    /// <summary>True when it was replied by its reply deadline (the 按时办结 of the statistics).</summary>
    public bool RepliedOnTime => RepliedOn is { } r && (ReplyDue is not { } due || r <= due);

    private bool IsDepartment(Actor by) => by is not null && (by.IsOffice || (by.Role == Role.Department && by.Department == Department));

    private Step<CitizenCase> NotDepartment() => Step<CitizenCase>.No("not-department", $"只有承办单位（{Department}）可以这样做", $"only the department it is routed to ({Department}) does this");

    private Step<CitizenCase> Wrong(string zh, string en) =>
        Step<CitizenCase>.No("wrong-state", $"这件{(Kind == CaseKind.Complaint ? "诉求" : "建议")}现在不能{zh}", $"this {(Kind == CaseKind.Complaint ? "complaint" : "suggestion")} cannot be {en} now");
}

/// <summary>Which department takes a case: the first rule for its category and district, else the category's, else the default.</summary>
public sealed record RouteRule(string Category, string? District, string Department);

public static class CaseRouting
{
    public static string? Route(IReadOnlyList<RouteRule> rules, string category, string? district, string? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return rules.FirstOrDefault(r => r.Category == category && r.District is not null && r.District == district)?.Department
            ?? rules.FirstOrDefault(r => r.Category == category && r.District is null)?.Department
            ?? fallback;
    }
}
