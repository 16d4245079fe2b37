namespace Pledgewatch.Suggestions.Tests;

/// <summary>The figures reports quote, from the records: 办结率, average days, A/B/C, 满意率, 督办.</summary>
public class HandlingStatisticsTests
{
    private static readonly DateOnly Today = new(2025, 12, 31);

    [Fact]
    public void TheFiguresAreCountedFromTheItems()
    {
        HandledItem Item(string dept, int assigned, int? replied, ReplyClass? c, Satisfaction? r, bool supervised = false) =>
            new(2025, dept, new DateOnly(2025, 1, 1).AddDays(assigned + 90), replied is { } d ? new DateOnly(2025, 1, 1).AddDays(d) : null,
                new DateOnly(2025, 1, 1).AddDays(assigned), c, r, supervised, false);
        var items = new[]
        {
            Item("交通局", 0, 60, ReplyClass.Solved, Satisfaction.Satisfied, supervised: true),
            Item("交通局", 0, 100, ReplyClass.Planned, Satisfaction.FairlySatisfied),   // replied after its 90 days
            Item("住建局", 10, 40, ReplyClass.NotNow, Satisfaction.Dissatisfied),
            Item("住建局", 10, null, null, null),                                         // overdue, unanswered
        };

        var all = HandlingStatistics.Of(items, Today);

        Assert.Equal((4, 4, 2, 0.5), (all.Received, all.Due, all.OnTime, all.OnTimeRate!.Value));
        Assert.Equal((60 + 100 + 30) / 3.0, all.AverageDays!.Value, 6);
        Assert.Equal((1 / 3.0, 1 / 3.0, 1 / 3.0), (all.ShareSolved!.Value, all.SharePlanned!.Value, all.ShareNotNow!.Value));
        Assert.Equal((3, 2 / 3.0, 1), (all.Rated, all.SatisfactionRate!.Value, all.Supervised));

        var rows = HandlingStatistics.ByYearAndDepartment(items, Today);
        Assert.Equal([(2025, (string?)null), (2025, "交通局"), (2025, "住建局")], rows.Select(r => (r.Year, r.Department)));
        Assert.Equal(1.0, rows.Single(r => r.Department == "交通局").Figures.SatisfactionRate!.Value);
    }

    [Fact]
    public void AnItemNotYetDueIsNotCountedAgainstTheRate()
    {
        var notDue = new HandledItem(2025, "交通局", new DateOnly(2026, 3, 1), null, new DateOnly(2025, 12, 1), null, null, false, false);

        var figures = HandlingStatistics.Of([notDue], Today);

        Assert.Equal((1, 0), (figures.Received, figures.Due));
        Assert.Null(figures.OnTimeRate);
    }

    [Fact]
    public void ASuggestionsItemIsJudgedByItsFirstReply()
    {
        var deputy = new Actor("D1", Role.Deputy);
        var office = new Actor("o", Role.Office);
        var dept = new Actor("e", Role.Department, "交通局");
        var s = DeputySuggestion.Submit(deputy, "t", "x", null, null, [], new DateOnly(2025, 1, 10)).Get()
            .Register(office, "第1号").Get().Supervise(office, "主任", key: true).Get()
            .Assign(office, "交通局", [], new DateOnly(2025, 1, 20)).Get()
            .Reply(dept, ReplyClass.Solved, "已解决", true, new DateOnly(2025, 3, 1)).Get()
            .Rate(deputy, Satisfaction.Satisfied, new DateOnly(2025, 3, 2)).Get();

        var item = HandlingStatistics.Item(s);

        Assert.Equal(new HandledItem(2025, "交通局", new DateOnly(2025, 4, 20), new DateOnly(2025, 3, 1), new DateOnly(2025, 1, 20), ReplyClass.Solved, Satisfaction.Satisfied, true, true), item);
    }
}
