using Pledgewatch.Extraction;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking.Tests;

public sealed class CarryOverAndConflictTests
{
    private static readonly PolarityLookup Higher = _ => (Polarity.HigherIsBetter, true);

    private static Scorecard Card(params TrackedClaim[] claims) =>
        new ScorecardBuilder(IntervalSettings.Default, Higher).Build("常州市", 2024, claims, outcomeReportOut: true);

    [Fact]
    public void AMissedTargetSetAgainIsRepeated()
    {
        var card = Card(
            Claims.Target("整车产量", Measure.Level, Bound.MoreThan, 1000000, "辆", "100万辆"),
            Claims.Outcome("整车产量", Measure.Level, Bound.LessThan, 800000, "辆", "80万辆"));
        var next = Claims.Target("整车产量", Measure.Level, Bound.MoreThan, 1000000, "辆", "100万辆", year: 2025);
        var item = Assert.Single(new CarryOverFinder(IntervalSettings.Default).Find(card, [next], nextPlanOut: true));
        Assert.Equal(CarryOverKind.Repeated, item.Kind);
        Assert.Equal(Verdict.Missed, item.Before.Verdict);
    }

    [Fact]
    public void ATargetRewordedWithAQualifierIsStillFollowed()
    {
        var card = Card(Claims.Target("整车产量", Measure.Level, Bound.MoreThan, 1000000, "辆", "100万辆"));
        var next = Claims.Target("新能源整车产量", Measure.Level, Bound.MoreThan, 1000000, "辆", "100万辆", year: 2025);
        var item = Assert.Single(new CarryOverFinder(IntervalSettings.Default).Find(card, [next], nextPlanOut: true));
        Assert.Same(next, item.After);
        Assert.Contains("新能源整车产量", item.Reason);
    }

    [Fact]
    public void AGrowthTargetAskingLessIsLowered()
    {
        var card = Card(Claims.Target("一般公共预算收入", Measure.Growth, Bound.About, 6, "%", "6%"));
        var next = Claims.Target("一般公共预算收入", Measure.Growth, Bound.MoreThan, null, "%", "正增长", year: 2025);
        var item = Assert.Single(new CarryOverFinder(IntervalSettings.Default).Find(card, [next], nextPlanOut: true));
        Assert.Equal(CarryOverKind.Lowered, item.Kind);
    }

    [Fact]
    public void AnUnmetTargetMissingFromThePlanIsDroppedButOnlyOnceThePlanIsOut()
    {
        var card = Card(Claims.Target("5G基站", Measure.Added, Bound.Equal, 4000, "座", "4000座"));
        var finder = new CarryOverFinder(IntervalSettings.Default);
        Assert.Equal(CarryOverKind.Dropped, Assert.Single(finder.Find(card, [], nextPlanOut: true)).Kind);
        Assert.Empty(finder.Find(card, [], nextPlanOut: false));
    }

    [Fact]
    public void AMetTargetNotSetAgainIsNotListed()
    {
        var card = Card(
            Claims.Target("城镇老旧小区改造", Measure.Added, Bound.Equal, 36, "个", "36个"),
            Claims.Outcome("城镇老旧小区改造", Measure.Added, Bound.Equal, 36, "个", "36个"));
        Assert.Empty(new CarryOverFinder(IntervalSettings.Default).Find(card, [], nextPlanOut: true));
    }

    [Fact]
    public void TheNewsStatingAnotherNumberForTheSameFactIsAConflict()
    {
        var report = Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 104000, "人", "10.4万人");
        var news = Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 140000, "人", "14万人", document: Claims.News(2025));
        var conflicts = new ConflictFinder(IntervalSettings.Default).Find([report, news], _ => "常州市").ToList();
        var conflict = Assert.Single(conflicts);
        Assert.True(conflict.Contradicts);
        Assert.Same(report, conflict.First);
        Assert.Same(news, conflict.Second);
    }

    [Fact]
    public void AboutAgainstExactIsADifferenceNotAContradiction()
    {
        var report = Claims.Outcome("地区生产总值", Measure.Growth, Bound.About, 6.8, "%", "6.8%");
        var news = Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 6.8, "%", "6.8%", document: Claims.News(2025));
        var conflict = Assert.Single(new ConflictFinder(IntervalSettings.Default).Find([report, news], _ => "常州市"));
        Assert.False(conflict.Contradicts);
    }

    [Fact]
    public void TheSameSentenceRetoldUnderAnotherMeasureIsAConflict()
    {
        var report = Claims.Outcome("外资占比", Measure.Level, Bound.Equal, 47, "%", "47%", text: "高技术产业外资占比提升至47%");
        var news = Claims.Outcome("外资占比", Measure.Growth, Bound.Equal, 47, "%", "47%", document: Claims.News(2025), text: "高技术产业外资占比提升47%");
        var conflict = Assert.Single(new ConflictFinder(IntervalSettings.Default).Find([report, news], _ => "常州市"));
        Assert.Contains("口径不同", conflict.Reason);
    }

    [Fact]
    public void TheSameNumberInUnrelatedSentencesIsNoConflict()
    {
        var a = Claims.Outcome("口袋公园", Measure.Added, Bound.Equal, 28, "个", "28个", text: "新建口袋公园28个");
        var b = Claims.Outcome("美丽街区", Measure.Added, Bound.Equal, 28, "个", "28个", document: Claims.News(2025), text: "打造美丽街区28个");
        Assert.Empty(new ConflictFinder(IntervalSettings.Default).Find([a, b], _ => "常州市"));
    }

    [Fact]
    public void ClaimsOfDifferentRegionsNeverConflict()
    {
        var a = Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 104000, "人", "10.4万人");
        var b = Claims.Outcome("城镇新增就业", Measure.Added, Bound.Equal, 20000, "人", "2万人", document: Claims.News(2025));
        Assert.Empty(new ConflictFinder(IntervalSettings.Default).Find([a, b], c => c == a ? "常州市" : "武进区"));
    }
}
