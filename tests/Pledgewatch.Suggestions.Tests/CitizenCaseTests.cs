using Pledgewatch.Geo;

namespace Pledgewatch.Suggestions.Tests;

/// <summary>A citizen's complaint through 12345: routed, accepted and replied within working days, rated once with the key.</summary>
public class CitizenCaseTests
{
    private static readonly Actor Roads = new("road-editor", Role.Department, "武进区城管局");
    private static readonly Actor Water = new("water-editor", Role.Department, "武进区水务局");
    private static readonly Actor Office = new("hotline-office", Role.Office);
    private static readonly CaseTimers Timers = new(AcceptDays: 1, ReplyDays: 15);
    private static readonly RouteRule[] Rules =
    [
        new("市容环境", null, "市城管局"),
        new("市容环境", "武进区", "武进区城管局"),
        new("供水", null, "市水务集团"),
    ];

    private static CitizenCase Received(DateOnly on) =>
        CitizenCase.Receive(CaseKind.Complaint, "市容环境", "人行道破损，老人易摔倒", "武进区", new LngLat(119.95, 31.70),
            CaseRouting.Route(Rules, "市容环境", "武进区")!, on, Timers, WorkingCalendar.China).Get();

    [Fact]
    public void RoutedByCategoryAndDistrict()
    {
        Assert.Equal("武进区城管局", CaseRouting.Route(Rules, "市容环境", "武进区"));
        Assert.Equal("市城管局", CaseRouting.Route(Rules, "市容环境", "天宁区"));
        Assert.Equal("市水务集团", CaseRouting.Route(Rules, "供水", "武进区"));
        Assert.Null(CaseRouting.Route(Rules, "教育", "武进区"));
        Assert.Equal("市政府办公室", CaseRouting.Route(Rules, "教育", null, "市政府办公室"));
    }

    [Fact]
    public void AcceptedRepliedAndRatedOnceWithTheKey()
    {
        // Received on the Friday before National Day 2025: accept by 9 October, reply 15 working days after.
        var c = Received(new DateOnly(2025, 9, 26));
        Assert.Equal(new DateOnly(2025, 9, 28), c.AcceptDue); // Sunday 28 September is worked
        Assert.Equal(DeadlineStatus.Amber, c.Deadline(new DateOnly(2025, 9, 29)));
        c = c.Accept(Roads, new DateOnly(2025, 9, 28), Timers, WorkingCalendar.China).Get();
        Assert.Equal(new DateOnly(2025, 10, 24), c.ReplyDue);
        c = c.Answer(Roads, "已修复破损路面", new DateOnly(2025, 10, 20)).Get();
        Assert.True(c.RepliedOnTime);
        Assert.Equal("wrong-key", c.Rate(keyMatches: false, Satisfaction.Satisfied, new DateOnly(2025, 10, 21)).Refused!.Code);
        c = c.Rate(keyMatches: true, Satisfaction.Satisfied, new DateOnly(2025, 10, 21)).Get();
        Assert.Equal(CaseState.Closed, c.State);
        // A second rating with the same key gives nothing new.
        Assert.Equal("rated", c.Rate(keyMatches: true, Satisfaction.Dissatisfied, new DateOnly(2025, 10, 22)).Refused!.Code);
        Assert.Equal(Satisfaction.Satisfied, c.Rating);
    }

    [Fact]
    public void OnlyTheRoutedDepartmentActsAndTheOfficeReroutes()
    {
        var c = Received(new DateOnly(2025, 3, 3));
        Assert.Equal("not-department", c.Accept(Water, new DateOnly(2025, 3, 3), Timers, WorkingCalendar.China).Refused!.Code);
        Assert.Equal("not-department", c.Answer(Water, "不归我们管", new DateOnly(2025, 3, 3)).Refused!.Code);
        Assert.Equal("not-office", c.Reroute(Roads, "武进区水务局", new DateOnly(2025, 3, 3), Timers, WorkingCalendar.China).Refused!.Code);
        c = c.Reroute(Office, "武进区水务局", new DateOnly(2025, 3, 4), Timers, WorkingCalendar.China).Get();
        Assert.Equal(("武进区水务局", new DateOnly(2025, 3, 5)), (c.Department, c.AcceptDue!.Value));
        Assert.True(c.Accept(Water, new DateOnly(2025, 3, 5), Timers, WorkingCalendar.China).Ok);
        Assert.Equal("wrong-state", c.Rate(true, Satisfaction.Satisfied, new DateOnly(2025, 3, 6)).Refused!.Code);
        Assert.Equal("empty", CitizenCase.Receive(CaseKind.Suggestion, "", "x", null, null, "d", new DateOnly(2025, 3, 3), Timers, WorkingCalendar.China).Refused!.Code);
    }

    [Fact]
    public void AReplyAfterItsTimerIsLateAndAnUnansweredCaseTurnsRed()
    {
        var c = Received(new DateOnly(2025, 3, 3)).Accept(Roads, new DateOnly(2025, 3, 3), Timers, WorkingCalendar.China).Get();
        Assert.Equal(new DateOnly(2025, 3, 24), c.ReplyDue);
        Assert.Equal(DeadlineStatus.Red, c.Deadline(new DateOnly(2025, 4, 30)));
        Assert.False(c.Answer(Roads, "已处理", new DateOnly(2025, 3, 25)).Get().RepliedOnTime);
    }
}
