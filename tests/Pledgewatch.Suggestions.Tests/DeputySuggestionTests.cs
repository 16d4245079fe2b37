namespace Pledgewatch.Suggestions.Tests;

/// <summary>A deputy's suggestion through every legal step, and every illegal one refused with a reason.</summary>
public class DeputySuggestionTests
{
    private static readonly Actor Deputy = new("D0007", Role.Deputy);
    private static readonly Actor CoSigner = new("D0012", Role.Deputy);
    private static readonly Actor Office = new("congress-office", Role.Office);
    private static readonly Actor Transport = new("jtj-editor", Role.Department, "市交通运输局");
    private static readonly Actor Housing = new("zjj-editor", Role.Department, "市住房城乡建设局");
    private static readonly DateOnly Day = new(2025, 1, 14);

    private static DeputySuggestion Assigned()
    {
        var s = DeputySuggestion.Submit(Deputy, "关于增加学校周边停车位的建议", "放学时段校门口拥堵……", "交通", "武进区", ["D0012"], Day).Get();
        s = s.Register(Office, "第0123号").Get();
        return s.Assign(Office, "市交通运输局", ["市住房城乡建设局"], Day.AddDays(10)).Get();
    }

    [Fact]
    public void FromSubmissionThroughSupervisionToARatedReplyAndClose()
    {
        var s = Assigned();
        Assert.Equal((SuggestionState.Assigned, new DateOnly(2025, 4, 24)), (s.State, s.DueOn!.Value));
        s = s.Supervise(Office, "常委会副主任王某", key: true).Get();
        Assert.True(s.IsKey);
        s = s.Reply(Transport, ReplyClass.Planned, "已列入2025年停车设施建设计划", isPublic: true, Day.AddDays(60)).Get();
        Assert.Equal(SuggestionState.Replied, s.State);
        s = s.Rate(Deputy, Satisfaction.FairlySatisfied, Day.AddDays(65)).Get();
        Assert.Equal((SuggestionState.Rated, Satisfaction.FairlySatisfied), (s.State, s.Rating!.Value));
        s = s.Close(Office, Day.AddDays(70)).Get();
        Assert.Equal(SuggestionState.Closed, s.State);
        Assert.Equal(DeadlineStatus.None, s.Deadline(Day.AddDays(400)));
    }

    [Fact]
    public void DissatisfiedOnceSendsItBackForASecondReplyAndNoThird()
    {
        var s = Assigned().Reply(Transport, ReplyClass.NotNow, "暂无用地", true, Day.AddDays(30)).Get();
        s = s.Rate(Deputy, Satisfaction.Dissatisfied, Day.AddDays(31)).Get();
        Assert.Equal((SuggestionState.Reopened, 2, new DateOnly(2025, 3, 14)), (s.State, s.Round, s.DueOn!.Value));
        s = s.Reply(Transport, ReplyClass.Planned, "协调学校操场错时开放停车", true, Day.AddDays(50)).Get();
        Assert.Equal(2, s.LastReply!.Round);
        s = s.Rate(Deputy, Satisfaction.Dissatisfied, Day.AddDays(51)).Get();

        // The second 不满意 stands: no third round.
        Assert.Equal((SuggestionState.Rated, Satisfaction.Dissatisfied), (s.State, s.Rating!.Value));
        Assert.Equal("wrong-state", s.Reply(Transport, ReplyClass.Solved, "再次答复", true, Day.AddDays(60)).Refused!.Code);
        Assert.Equal("wrong-state", s.Rate(Deputy, Satisfaction.Satisfied, Day.AddDays(60)).Refused!.Code);
        Assert.True(s.Close(Office, Day.AddDays(61)).Ok);
    }

    [Fact]
    public void EachIllegalStepIsRefusedWithAReason()
    {
        var submitted = DeputySuggestion.Submit(Deputy, "关于公交线路的建议", "……", null, null, [], Day).Get();
        Assert.Equal("not-a-deputy", DeputySuggestion.Submit(Office, "t", "x", null, null, [], Day).Refused!.Code);
        Assert.Equal("empty", DeputySuggestion.Submit(Deputy, " ", "x", null, null, [], Day).Refused!.Code);
        Assert.Equal("not-office", submitted.Register(Deputy, "第1号").Refused!.Code);
        Assert.Equal("wrong-state", submitted.Assign(Office, "市交通运输局", [], Day).Refused!.Code);
        Assert.Equal("wrong-state", submitted.Supervise(Office, "主任", key: false).Refused!.Code);
        Assert.Equal("wrong-state", submitted.Register(Office, "第1号").Get().Register(Office, "第2号").Refused!.Code);

        var assigned = Assigned();
        // Only the lead department replies; a co-department or another department does not.
        Assert.Equal("not-lead-department", assigned.Reply(Housing, ReplyClass.Solved, "已解决", true, Day).Refused!.Code);
        Assert.Equal("wrong-state", assigned.Rate(Deputy, Satisfaction.Satisfied, Day).Refused!.Code);
        Assert.Equal("wrong-state", assigned.Close(Office, Day).Refused!.Code);
        var replied = assigned.Reply(Transport, ReplyClass.Solved, "已增设泊位120个", true, Day.AddDays(20)).Get();
        Assert.Equal("wrong-state", replied.Reply(Transport, ReplyClass.Solved, "again", true, Day.AddDays(21)).Refused!.Code);
        // A rating by someone else: a co-signer, another deputy, the office.
        Assert.Equal("not-the-deputy", replied.Rate(CoSigner, Satisfaction.Satisfied, Day.AddDays(22)).Refused!.Code);
        Assert.Equal("not-the-deputy", replied.Rate(new Actor("D0099", Role.Deputy), Satisfaction.Satisfied, Day.AddDays(22)).Refused!.Code);
        Assert.Equal("not-the-deputy", replied.Rate(Office, Satisfaction.Satisfied, Day.AddDays(22)).Refused!.Code);
        var closed = replied.Rate(Deputy, Satisfaction.Satisfied, Day.AddDays(22)).Get().Close(Office, Day.AddDays(23)).Get();
        // A reply after close.
        var late = closed.Reply(Transport, ReplyClass.Solved, "补充答复", true, Day.AddDays(30));
        Assert.Equal("wrong-state", late.Refused!.Code);
        Assert.Contains("已办结", late.Refused.Zh, StringComparison.Ordinal);
        Assert.Contains("closed", late.Refused.En, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverdueReplyTurnsAmberThenRed()
    {
        var s = Assigned(); // due 2025-04-24
        Assert.Equal(DeadlineStatus.OnTime, s.Deadline(new DateOnly(2025, 4, 24)));
        Assert.Equal(DeadlineStatus.Amber, s.Deadline(new DateOnly(2025, 4, 25)));
        Assert.Equal(DeadlineStatus.Amber, s.Deadline(new DateOnly(2025, 5, 24)));
        Assert.Equal(DeadlineStatus.Red, s.Deadline(new DateOnly(2025, 5, 25)));
        Assert.Equal(DeadlineStatus.None, s.Reply(Transport, ReplyClass.Solved, "已解决", true, new DateOnly(2025, 5, 30)).Get().Deadline(new DateOnly(2025, 6, 1)));
    }

    [Fact]
    public void ACoDepartmentGivesItsOpinionOncePerRoundBeforeTheReply()
    {
        var s = Assigned();
        Assert.Equal("not-co-department", s.Advise(Transport, "主办单位不是协办", Day).Refused!.Code);
        Assert.Equal("not-co-department", s.Advise(Office, "办公室不是协办", Day).Refused!.Code);
        Assert.Equal("not-co-department", s.Advise(Deputy, "代表不是协办", Day).Refused!.Code);
        Assert.Equal("empty", s.Advise(Housing, " ", Day).Refused!.Code);

        s = s.Advise(Housing, "可结合老旧小区改造增设泊位", Day.AddDays(20)).Get();
        Assert.Equal("advised", s.Advise(Housing, "再说一次", Day.AddDays(21)).Refused!.Code);
        Assert.Equal([new CoOpinion("市住房城乡建设局", "可结合老旧小区改造增设泊位", Day.AddDays(20), 1)], s.Opinions);

        // After the reply it is too late for this round; a 不满意 opens the second, and a new opinion with it.
        s = s.Reply(Transport, ReplyClass.NotNow, "暂无用地", true, Day.AddDays(30)).Get();
        Assert.Equal("wrong-state", s.Advise(Housing, "迟到的意见", Day.AddDays(31)).Refused!.Code);
        s = s.Rate(Deputy, Satisfaction.Dissatisfied, Day.AddDays(35)).Get();
        s = s.Advise(Housing, "可协调学校操场错时开放", Day.AddDays(40)).Get();
        Assert.Equal([1, 2], s.Opinions.Select(o => o.Round));
        s = s.Reply(Transport, ReplyClass.Planned, "协调学校操场错时开放停车", true, Day.AddDays(50)).Get();
        s = s.Rate(Deputy, Satisfaction.FairlySatisfied, Day.AddDays(55)).Get();
        Assert.Equal("wrong-state", s.Close(Office, Day.AddDays(56)).Get().Advise(Housing, "办结之后", Day.AddDays(57)).Refused!.Code);
    }
}
