using Pledgewatch.Extraction;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking.Tests;

public sealed class VerdictTests
{
    private static readonly PolarityLookup Catalog = name => name switch
    {
        "PM2.5平均浓度" or "生产安全事故死亡人数" => (Polarity.LowerIsBetter, true),
        "地区生产总值" or "城镇新增就业" or "整车产量" or "上市企业" => (Polarity.HigherIsBetter, true),
        _ => (Polarity.HigherIsBetter, false),
    };

    private static Scorecard Build(bool reportOut, params TrackedClaim[] claims) =>
        new ScorecardBuilder(IntervalSettings.Default, Catalog).Build("常州市", 2024, claims, reportOut);

    [Fact]
    public void AnOutcomeFarBelowABreakthroughTargetIsMissed()
    {
        // 力争整车产量突破100万辆 … 整车产量近80万辆
        var card = Build(true,
            Claims.Target("整车产量", Measure.Level, Bound.MoreThan, 1000000, "辆", "100万辆"),
            Claims.Outcome("整车产量", Measure.Level, Bound.LessThan, 800000, "辆", "80万辆"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Missed, row.Verdict);
        Assert.Contains("[76万, 80万)辆", row.Reason);
        Assert.Contains("越高越好", row.Reason);
    }

    [Fact]
    public void OvershootingAnAboutTargetIsMet()
    {
        // 城镇新增就业10万人左右 … 城镇新增就业10.4万人
        var card = Build(true,
            Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人"),
            Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 104000, "人", "10.4万人"));
        Assert.Equal(Verdict.Met, Assert.Single(card.Rows).Verdict);
    }

    [Fact]
    public void AnAboutOutcomeStraddlingAFloorIsUnclear()
    {
        // 增长6%以上 … 增长6%左右
        var card = Build(true,
            Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 6, "%", "6%"),
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.About, 6, "%", "6%"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Unclear, row.Verdict);
        Assert.Contains("[5.95, +∞)", row.Reason);
        Assert.Contains("[5.5, 6.5]", row.Reason);
    }

    [Fact]
    public void WhereLowerIsBetterARiseIsMissed()
    {
        var card = Build(true,
            Claims.Target("PM2.5平均浓度", Measure.Level, Bound.AtMost, 30, "微克/立方米", "30微克/立方米"),
            Claims.Outcome("PM2.5平均浓度", Measure.Level, Bound.Equal, 33.9, "微克/立方米", "33.9微克/立方米"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Missed, row.Verdict);
        Assert.Contains("越低越好", row.Reason);
    }

    [Fact]
    public void SilenceBeforeTheReportIsPendingAndAfterItIsNotReported()
    {
        var target = Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人");
        Assert.Equal(Verdict.Pending, Assert.Single(Build(false, target).Rows).Verdict);
        var row = Assert.Single(Build(true, target).Rows);
        Assert.Equal(Verdict.NotReported, row.Verdict);
        Assert.Contains("未报告", row.Reason);
    }

    [Fact]
    public void OutcomesOfAnotherMeasureUnitOrYearAreNotCompared()
    {
        var card = Build(true,
            Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 6, "%", "6%"),
            Claims.Outcome("地区生产总值", Measure.Level, Bound.Equal, 1.01e12, "元", "10100亿元"),
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 6.8, "%", "6.8%", year: 2023));
        Assert.Equal(Verdict.NotReported, Assert.Single(card.Rows).Verdict);
    }

    [Fact]
    public void AnAddedTargetIsJudgedOnTheDifferenceOfLevelsAndSaysSo()
    {
        // 新增上市企业20家 (2024) vs 累计96家 (2023) and 累计120家 (2024): 24 added, derived.
        var card = Build(true,
            Claims.Target("上市企业", Measure.Added, Bound.Equal, 20, "家", "20家"),
            Claims.Outcome("上市企业", Measure.Level, Bound.Equal, 96, "家", "96家", year: 2023),
            Claims.Outcome("上市企业", Measure.Level, Bound.Equal, 120, "家", "120家"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Met, row.Verdict);
        var derived = Assert.Single(row.Outcomes);
        Assert.NotNull(derived.Claim.Derived);
        Assert.Equal(2, derived.Claim.DerivedFrom.Count);
        Assert.Equal("[23, 25]", derived.Interval.ToString());
        Assert.Contains("推算", row.Reason);
    }

    [Fact]
    public void ABreakthroughLevelLeavesADerivedCountUnclear()
    {
        // 累计96家 → 累计突破100家: somewhere in [3.5, 104.5) were added.
        var card = Build(true,
            Claims.Target("上市企业", Measure.Added, Bound.Equal, 20, "家", "20家"),
            Claims.Outcome("上市企业", Measure.Level, Bound.Equal, 96, "家", "96家", year: 2023),
            Claims.Outcome("上市企业", Measure.Level, Bound.MoreThan, 100, "家", "100家"));
        Assert.Equal(Verdict.Unclear, Assert.Single(card.Rows).Verdict);
    }

    [Fact]
    public void TwoReportsOfOneStandingThatDisagreeMakeTheVerdictUnclear()
    {
        var card = Build(true,
            Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人"),
            Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 104000, "人", "10.4万人"),
            Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 90000, "人", "9万人", document: Claims.Report(2025, id: 3)));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Unclear, row.Verdict);
        Assert.Contains("矛盾", row.Reason);
    }

    [Fact]
    public void TheHeadlineStatementAnswersAndAPassingMentionIsListed()
    {
        // The report's review paragraph says 10.4万; a news feature says 9万: the report answers.
        var card = Build(true,
            Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人"),
            Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 90000, "人", "9万人", document: Claims.News(2025)),
            Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 104000, "人", "10.4万人"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Met, row.Verdict);
        Assert.Equal(104000, row.Outcomes[0].Claim.Claim.Value);
        Assert.Contains("不一致", row.Reason);
    }

    [Fact]
    public void AFiveYearAverageNeverAnswersAOneYearTarget()
    {
        var fiveYears = Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 6.3, "%", "6.3%");
        var card = Build(true,
            Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 7, "%", "7%"),
            fiveYears with { Claim = fiveYears.Claim with { PeriodStart = 2020 } });
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.NotReported, row.Verdict);
    }

    [Fact]
    public void AFiveYearTargetIsJudgedByTheFigureForTheSamePeriod()
    {
        var target = Claims.Target("地区生产总值", Measure.Growth, Bound.About, 6, "%", "6%");
        var outcome = Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 6.3, "%", "6.3%");
        var oneYear = Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 4, "%", "4%");
        var card = Build(true,
            target with { Claim = target.Claim with { PeriodStart = 2020 } },
            outcome with { Claim = outcome.Claim with { PeriodStart = 2020 } },
            oneYear);
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Met, row.Verdict);
        Assert.Equal(6.3, Assert.Single(row.Outcomes).Claim.Claim.Value);
    }

    [Fact]
    public void TheLowEndOfAWrittenBoundMeetsIt()
    {
        // 增长5.5%以上 vs 增长5.5%: met; 增长8% vs 7.8%: missed, as the reports themselves say.
        var met = Build(true,
            Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 5.5, "%", "5.5%"),
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 5.5, "%", "5.5%"));
        Assert.Equal(Verdict.Met, Assert.Single(met.Rows).Verdict);
        var missed = Build(true,
            Claims.Target("地区生产总值", Measure.Growth, Bound.Equal, 8, "%", "8%"),
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 7.8, "%", "7.8%"));
        Assert.Equal(Verdict.Missed, Assert.Single(missed.Rows).Verdict);
    }

    [Fact]
    public void BothEndsOfARangeAreOneRow()
    {
        var low = Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 5, "%", "5.0%");
        var high = Claims.Target("地区生产总值", Measure.Growth, Bound.AtMost, 5.5, "%", "5.5%");
        var card = Build(true,
            low with { Claim = low.Claim with { Range = new ValueRange(5, 5.5) } },
            high with { Claim = high.Claim with { Range = new ValueRange(5, 5.5) } },
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 5, "%", "5%"));
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.Met, row.Verdict);
    }

    [Fact]
    public void ATargetRestatedByTheNewsIsOneRowFromTheReport()
    {
        var card = Build(false,
            Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人", document: Claims.News(2024)),
            Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人"));
        var row = Assert.Single(card.Rows);
        Assert.False(row.Target.Document.IsRestatement);
    }

    [Fact]
    public void AnIndicatorOutsideTheCatalogSaysItsPolarityWasAssumed()
    {
        var card = Build(false, Claims.Target("口袋公园", Measure.Added, Bound.Equal, 28, "个", "28个"));
        var row = Assert.Single(card.Rows);
        Assert.False(row.PolarityKnown);
        Assert.Contains("不在目录", row.Reason);
    }

    [Fact]
    public void AYearWithNoTargetSetIsARowOfItsOwnWithTheResultBesideIt()
    {
        // 我们没有提出全年经济增速具体目标 … 全年国内生产总值增长2.3%
        var none = Claims.Target("地区生产总值", Measure.Growth, Bound.Equal, null, "%", "没有提出");
        var card = Build(true,
            none with { Claim = none.Claim with { NoTarget = true } },
            Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 2.3, "%", "2.3%"),
            Claims.Target("城镇新增就业", Measure.Added, Bound.AtLeast, 9000000, "人", "900万人"));
        Assert.Equal(2, card.Rows.Count);
        var row = card.Rows.Single(r => r.Indicator == "地区生产总值");
        Assert.Equal(Verdict.NoTargetSet, row.Verdict);
        Assert.Equal(2.3, Assert.Single(row.Outcomes).Claim.Claim.Value);
        Assert.Contains("不设此项具体目标", row.Reason);
        Assert.Contains("2.3", row.Reason);
        Assert.Equal(1, card.Count(Verdict.NoTargetSet));
        Assert.Equal("no_target_set", VerdictNames.Of(row.Verdict));
        Assert.True(VerdictNames.TryParse("no_target_set", out var parsed) && parsed == Verdict.NoTargetSet);
    }

    [Fact]
    public void AYearWithNoTargetSetAndNoResultYetStillSaysSo()
    {
        var none = Claims.Target("地区生产总值", Measure.Growth, Bound.Equal, null, "%", "不设定");
        var card = Build(false, none with { Claim = none.Claim with { NoTarget = true } });
        var row = Assert.Single(card.Rows);
        Assert.Equal(Verdict.NoTargetSet, row.Verdict);
        Assert.Empty(row.Outcomes);
    }
}
