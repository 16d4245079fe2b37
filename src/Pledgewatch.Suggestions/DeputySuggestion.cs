namespace Pledgewatch.Suggestions;

/// <summary>Where a deputy's suggestion stands.</summary>
public enum SuggestionState
{
    /// <summary>Handed in by the deputy; the congress office has not registered it.</summary>
    Submitted,

    /// <summary>Registered with its number (第0123号), not yet assigned.</summary>
    Registered,

    /// <summary>With its lead department, which owes a reply by the deadline.</summary>
    Assigned,

    /// <summary>Replied; the deputy has not rated the reply.</summary>
    Replied,

    /// <summary>Rated 不满意 the first time: back with the department for a second reply.</summary>
    Reopened,

    /// <summary>Rated; the office may close it.</summary>
    Rated,

    Closed,
}

/// <summary>The three classes of a reply (the usual A/B/C of 建议办理).</summary>
public enum ReplyClass
{
    /// <summary>A 已解决或基本解决: solved or mostly solved.</summary>
    Solved,

    /// <summary>B 列入计划逐步解决: planned, to be solved step by step.</summary>
    Planned,

    /// <summary>C 因条件限制或其他原因暂不能解决: cannot be solved for now.</summary>
    NotNow,
}

/// <summary>The deputy's rating of a reply.</summary>
public enum Satisfaction
{
    Satisfied,
    FairlySatisfied,
    Dissatisfied,
}

/// <summary>A co-department's opinion (协办意见) to the lead department: who, the text, when, and for which round.</summary>
public sealed record CoOpinion(string Department, string Text, DateOnly On, int Round);

/// <summary>A department's reply: who, the class, the text, whether it is public, when, and which round (1, or 2 after 不满意).</summary>
public sealed record SuggestionReply(string Department, ReplyClass Class, string Text, bool Public, DateOnly On, int Round);

/// <summary>
/// A deputy's suggestion (代表建议) through its closed loop: submitted by a deputy (with co-signers),
/// registered by the congress office, perhaps marked 重点建议 with a supervising leader (督办),
/// assigned to a lead department (and co-departments) with a deadline, replied with a class,
/// rated by the deputy — 不满意 sends it back once for a second reply — and closed by the office.
/// Each step returns the suggestion after it, or why it is refused; the suggestion itself never changes.
/// </summary>
public sealed record DeputySuggestion
{
    /// <summary>Months from assignment to the reply's deadline (the law's three months; a setting).</summary>
    public const int DefaultReplyMonths = 3;

    /// <summary>Months for the second reply after a 不满意 rating.</summary>
    public const int DefaultSecondReplyMonths = 1;

    public required string Title { get; init; }

    public required string Text { get; init; }

    public string? Category { get; init; }

    public string? District { get; init; }

    /// <summary>The deputy who leads it (an account name or deputy code).</summary>
    public required string Lead { get; init; }

    public IReadOnlyList<string> CoSigners { get; init; } = [];

    public SuggestionState State { get; init; } = SuggestionState.Submitted;

    public DateOnly SubmittedOn { get; init; }

    /// <summary>The office's number, e.g. 第0123号.</summary>
    public string? Number { get; init; }

    /// <summary>重点建议: a key suggestion, supervised by a leader.</summary>
    public bool IsKey { get; init; }

    /// <summary>督办: supervised by the standing committee; with the supervising leader or committee.</summary>
    public string? SupervisedBy { get; init; }

    public string? LeadDepartment { get; init; }

    public IReadOnlyList<string> CoDepartments { get; init; } = [];

    public DateOnly? AssignedOn { get; init; }

    /// <summary>When the (current round's) reply is due; cleared once it is replied.</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>When the first reply was due (kept: the statistics judge the first reply against it).</summary>
    public DateOnly? FirstDueOn { get; init; }

    /// <summary>The co-departments' opinions to the lead department, in order.</summary>
    public IReadOnlyList<CoOpinion> Opinions { get; init; } = [];

    public IReadOnlyList<SuggestionReply> Replies { get; init; } = [];

    /// <summary>The ratings given, in order (at most two: the first, and the second reply's).</summary>
    public IReadOnlyList<Satisfaction> Ratings { get; init; } = [];

    public DateOnly? ClosedOn { get; init; }

    /// <summary>1, or 2 once a 不满意 sent it back.</summary>
    public int Round => State == SuggestionState.Reopened ? 2 : LastReply?.Round ?? 1;

    public SuggestionReply? LastReply => Replies.Count > 0 ? Replies[^1] : null;

    /// <summary>The final rating, once rated.</summary>
    public Satisfaction? Rating => State is SuggestionState.Rated or SuggestionState.Closed && Ratings.Count > 0 ? Ratings[^1] : null;

    /// <summary>A deputy hands a suggestion in.</summary>
    public static Step<DeputySuggestion> Submit(Actor by, string title, string text, string? category, string? district, IReadOnlyList<string> coSigners, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (by.Role != Role.Deputy)
        {
            return Step<DeputySuggestion>.No("not-a-deputy", "只有代表可以提出建议", "only a deputy hands in a suggestion");
        }

        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(text))
        {
            return Step<DeputySuggestion>.No("empty", "建议需要标题和内容", "a suggestion needs a title and a text");
        }

        return Step<DeputySuggestion>.Done(new DeputySuggestion
        {
            Title = title.Trim(), Text = text.Trim(), Category = category, District = district, Lead = by.Name,
            CoSigners = [.. (coSigners ?? []).Where(c => c != by.Name).Distinct()], SubmittedOn = on,
        });
    }

    /// <summary>The office registers it under a number.</summary>
    public Step<DeputySuggestion> Register(Actor by, string number) =>
        !IsOffice(by) ? NotOffice()
        : State != SuggestionState.Submitted ? Wrong("登记", "registered")
        : string.IsNullOrWhiteSpace(number) ? Step<DeputySuggestion>.No("no-number", "登记需要编号", "registering needs a number")
        : Step<DeputySuggestion>.Done(this with { State = SuggestionState.Registered, Number = number.Trim() });

    /// <summary>The office puts it under supervision (督办), as a key suggestion (重点建议) or not, by a leader or committee.</summary>
    public Step<DeputySuggestion> Supervise(Actor by, string supervisor, bool key) =>
        !IsOffice(by) ? NotOffice()
        : State is SuggestionState.Submitted or SuggestionState.Closed ? Wrong("督办", "supervised")
        : string.IsNullOrWhiteSpace(supervisor) ? Step<DeputySuggestion>.No("no-supervisor", "督办需要写明领衔的领导或委员会", "supervision names the leader or committee")
        : Step<DeputySuggestion>.Done(this with { SupervisedBy = supervisor.Trim(), IsKey = key });

    /// <summary>The office assigns it to a lead department (and co-departments); the reply is due <paramref name="months"/> later.</summary>
    public Step<DeputySuggestion> Assign(Actor by, string lead, IReadOnlyList<string> co, DateOnly on, int months = DefaultReplyMonths) =>
        !IsOffice(by) ? NotOffice()
        : State != SuggestionState.Registered ? Wrong("交办", "assigned")
        : string.IsNullOrWhiteSpace(lead) ? Step<DeputySuggestion>.No("no-department", "交办需要主办单位", "assigning needs a lead department")
        : Step<DeputySuggestion>.Done(this with
        {
            State = SuggestionState.Assigned, LeadDepartment = lead.Trim(), CoDepartments = [.. (co ?? []).Where(c => c != lead).Distinct()],
            AssignedOn = on, DueOn = on.AddMonths(months), FirstDueOn = on.AddMonths(months),
        });

    /// <summary>The lead department replies: a class and a text, public unless it says otherwise.</summary>
    public Step<DeputySuggestion> Reply(Actor by, ReplyClass @class, string text, bool isPublic, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State is not (SuggestionState.Assigned or SuggestionState.Reopened))
        {
            return Wrong("答复", "replied");
        }

        if (!(by.Role == Role.Department && by.Department == LeadDepartment) && !IsOffice(by))
        {
            return Step<DeputySuggestion>.No("not-lead-department", $"只有主办单位（{LeadDepartment}）可以答复", $"only the lead department ({LeadDepartment}) replies");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Step<DeputySuggestion>.No("empty", "答复需要内容", "a reply needs a text");
        }

        var round = State == SuggestionState.Reopened ? 2 : 1;
        return Step<DeputySuggestion>.Done(this with
        {
            State = SuggestionState.Replied,
            Replies = [.. Replies, new SuggestionReply(LeadDepartment!, @class, text.Trim(), isPublic, on, round)],
            DueOn = null,
        });
    }

    /// <summary>
    /// A co-department (协办单位) gives the lead department its opinion while the reply is owed: once
    /// per round, before the lead department replies, so that the reply can answer for all of them.
    /// </summary>
    public Step<DeputySuggestion> Advise(Actor by, string text, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State is not (SuggestionState.Assigned or SuggestionState.Reopened))
        {
            return Wrong("提出协办意见", "advised on");
        }

        if (by.Role != Role.Department || by.Department is null || !CoDepartments.Contains(by.Department))
        {
            return Step<DeputySuggestion>.No("not-co-department", "只有协办单位可以提出协办意见", "only a co-department gives an opinion");
        }

        if (Opinions.Any(o => o.Department == by.Department && o.Round == Round))
        {
            return Step<DeputySuggestion>.No("advised", "本单位已提出本轮协办意见", "this department has given its opinion for this round");
        }

        return string.IsNullOrWhiteSpace(text)
            ? Step<DeputySuggestion>.No("empty", "协办意见需要内容", "an opinion needs a text")
            : Step<DeputySuggestion>.Done(this with { Opinions = [.. Opinions, new CoOpinion(by.Department, text.Trim(), on, Round)] });
    }

    /// <summary>
    /// The lead deputy rates the reply. 不满意 after the first reply sends it back to the department
    /// for a second reply (due <paramref name="secondMonths"/> later); after the second it stands.
    /// </summary>
    public Step<DeputySuggestion> Rate(Actor by, Satisfaction rating, DateOnly on, int secondMonths = DefaultSecondReplyMonths)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (State != SuggestionState.Replied)
        {
            return Wrong("评价", "rated");
        }

        if (by.Role != Role.Deputy || by.Name != Lead)
        {
            return Step<DeputySuggestion>.No("not-the-deputy", "只有领衔代表可以评价答复", "only the deputy who leads the suggestion rates the reply");
        }

        var again = rating == Satisfaction.Dissatisfied && LastReply!.Round == 1;
        return Step<DeputySuggestion>.Done(this with
        {
            State = again ? SuggestionState.Reopened : SuggestionState.Rated,
            Ratings = [.. Ratings, rating],
            DueOn = again ? on.AddMonths(secondMonths) : null,
        });
    }

    /// <summary>The office closes a rated suggestion.</summary>
    public Step<DeputySuggestion> Close(Actor by, DateOnly on) =>
        !IsOffice(by) ? NotOffice()
        : State != SuggestionState.Rated ? Wrong("办结", "closed")
        : Step<DeputySuggestion>.Done(this with { State = SuggestionState.Closed, ClosedOn = on });

    /// <summary>How it stands against its deadline on <paramref name="today"/> (only while a reply is owed).</summary>
    public DeadlineStatus Deadline(DateOnly today) =>
        State is SuggestionState.Assigned or SuggestionState.Reopened ? Deadlines.Judge(DueOn, today) : DeadlineStatus.None;

    private static bool IsOffice(Actor by) => by?.IsOffice == true;

    private static Step<DeputySuggestion> NotOffice() => Step<DeputySuggestion>.No("not-office", "只有人大办公室可以这样做", "only the congress office does this");

    private Step<DeputySuggestion> Wrong(string zh, string en) =>
        Step<DeputySuggestion>.No("wrong-state", $"处于“{StateWords.Zh(State)}”的建议不能{zh}", $"a suggestion that is {StateWords.En(State)} cannot be {en}");
}

/// <summary>The states in words.</summary>
public static class StateWords
{
    public static string Zh(SuggestionState state) => state switch
    {
        SuggestionState.Submitted => "已提交",
        SuggestionState.Registered => "已登记",
        SuggestionState.Assigned => "办理中",
        SuggestionState.Replied => "已答复",
        SuggestionState.Reopened => "再次办理",
        SuggestionState.Rated => "已评价",
        _ => "已办结",
    };

    public static string En(SuggestionState state) => state switch
    {
        SuggestionState.Submitted => "submitted",
        SuggestionState.Registered => "registered",
        SuggestionState.Assigned => "with its department",
        SuggestionState.Replied => "replied",
        SuggestionState.Reopened => "back with its department",
        SuggestionState.Rated => "rated",
        _ => "closed",
    };
}
