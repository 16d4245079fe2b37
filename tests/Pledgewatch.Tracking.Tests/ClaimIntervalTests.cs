using Pledgewatch.Extraction;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking.Tests;

public sealed class ClaimIntervalTests
{
    private static readonly IntervalSettings Settings = IntervalSettings.Default;

    [Theory]
    // = carries the precision written.
    [InlineData(Bound.Equal, 6.8, "%", "6.8%", "[6.75, 6.85]")]
    [InlineData(Bound.Equal, 104000, "人", "10.4万人", "[103500, 104500]")]
    [InlineData(Bound.Equal, 36, "个", "36个", "[35.5, 36.5]")]
    [InlineData(Bound.Equal, 68030000000, "元", "680.3亿元", "[68025000000, 68035000000]")]
    // 左右 widens: ±0.5 for percentages, ±3% otherwise.
    [InlineData(Bound.About, 6, "%", "6%", "[5.5, 6.5]")]
    [InlineData(Bound.About, 100000, "人", "10万人", "[97000, 103000]")]
    // An outcome's 突破/以上: at least X, less than X plus one unit of its last non-zero digit.
    [InlineData(Bound.MoreThan, 850000000000, "元", "8500亿元", "[850000000000, 860000000000)")]
    [InlineData(Bound.AtLeast, 700, "家", "700家", "[700, 800)")]
    [InlineData(Bound.MoreThan, 5400, "家", "5400家", "[5400, 5500)")]
    // 近 X: [0.95X, X).
    [InlineData(Bound.LessThan, 800000, "辆", "80万辆", "[760000, 800000)")]
    // 下降3%以上 (growth <= -3) rounds like 以上: (−4, −3].
    [InlineData(Bound.AtMost, -3, "%", "3%", "(-4, -3]")]
    public void AnOutcomeIsTheIntervalItsWordsAllow(Bound op, double value, string unit, string written, string expected)
    {
        var outcome = Claims.Outcome("某指标", Measure.Level, op, value, unit, written);
        Assert.Equal(expected, ClaimIntervals.Outcome(outcome, Settings).ToString());
    }

    [Fact]
    public void DirectionsAreHalfLinesAtZero()
    {
        Assert.Equal("(0, +∞)", ClaimIntervals.Outcome(Claims.Outcome("税收", Measure.Growth, Bound.MoreThan, null, "%", "增长"), Settings).ToString());
        Assert.Equal("(−∞, 0)", ClaimIntervals.Stated(Claims.Target("事故起数", Measure.Growth, Bound.LessThan, null, "%", "下降"), Settings).ToString());
    }

    [Fact]
    public void WhereHigherIsBetterAnAboutTargetAsksForAtLeastItsLowEnd()
    {
        var target = Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人");
        Assert.Equal("[97000, +∞)", ClaimIntervals.Asked(target, Polarity.HigherIsBetter, Settings).ToString());
    }

    [Fact]
    public void WhereLowerIsBetterAnEqualTargetAsksForAtMostItsHighEnd()
    {
        var target = Claims.Target("PM2.5平均浓度", Measure.Level, Bound.Equal, 30, "微克/立方米", "30微克/立方米");
        Assert.Equal("(−∞, 30.5]", ClaimIntervals.Asked(target, Polarity.LowerIsBetter, Settings).ToString());
    }

    [Fact]
    public void BoundTargetsAskWhatTheySay()
    {
        // A bound starts at the edge of its written precision; % is read to one decimal.
        var target = Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 6, "%", "6%");
        Assert.Equal("[5.95, +∞)", ClaimIntervals.Asked(target, Polarity.HigherIsBetter, Settings).ToString());
        var cap = Claims.Target("能耗", Measure.Level, Bound.AtMost, 0.3, "吨标准煤", "0.3吨标准煤");
        Assert.Equal("(−∞, 0.35]", ClaimIntervals.Asked(cap, Polarity.LowerIsBetter, Settings).ToString());
        var jobs = Claims.Target("城镇新增就业", Measure.Added, Bound.AtLeast, 1100000, "人", "110万人");
        Assert.Equal("[1095000, +∞)", ClaimIntervals.Asked(jobs, Polarity.HigherIsBetter, Settings).ToString());
    }

    [Fact]
    public void APercentageIsReadToAtLeastOneDecimal()
    {
        // 增长5% is 5.0%: [4.95, 5.05], not [4.5, 5.5].
        var outcome = Claims.Outcome("地区生产总值", Measure.Growth, Bound.Equal, 5, "%", "5%");
        Assert.Equal("[4.95, 5.05]", ClaimIntervals.Outcome(outcome, Settings).ToString());
        var points = Claims.Outcome("研发投入强度", Measure.Growth, Bound.Equal, 1, "个百分点", "1个百分点");
        Assert.Equal("[0.95, 1.05]", ClaimIntervals.Outcome(points, Settings).ToString());
        var count = Claims.Outcome("上市企业", Measure.Added, Bound.Equal, 20, "家", "20家");
        Assert.Equal("[19.5, 20.5]", ClaimIntervals.Outcome(count, Settings).ToString());
    }

    [Fact]
    public void ARangeAsksFromTheLowEndOfItsLowNumber()
    {
        // 增长5.0%—5.5%: one target; where higher is better it asks at least 4.95.
        var low = Claims.Target("地区生产总值", Measure.Growth, Bound.AtLeast, 5, "%", "5.0%") is var t
            ? t with { Claim = t.Claim with { Range = new ValueRange(5, 5.5) } } : null;
        Assert.Equal("[4.95, 5.55]", ClaimIntervals.Stated(low!, Settings).ToString());
        Assert.Equal("[4.95, +∞)", ClaimIntervals.Asked(low!, Polarity.HigherIsBetter, Settings).ToString());
        Assert.Equal("(−∞, 5.55]", ClaimIntervals.Asked(low!, Polarity.LowerIsBetter, Settings).ToString());
    }

    [Fact]
    public void SettingsChangeTheTolerance()
    {
        var outcome = Claims.Outcome("地区生产总值", Measure.Growth, Bound.About, 6, "%", "6%");
        Assert.Equal("[5.8, 6.2]", ClaimIntervals.Outcome(outcome, Settings with { AboutPoints = 0.2 }).ToString());
    }

    [Theory]
    [InlineData(8500e8, 100e8)]
    [InlineData(700, 100)]
    [InlineData(6.8, 0.1)]
    [InlineData(1000000, 1000000)]
    [InlineData(-17.7, 0.1)]
    public void TheLastNonZeroDigitSetsTheStep(double value, double step) =>
        Assert.Equal(step, ClaimIntervals.LastDigitStep(value), 6);

    [Theory]
    [InlineData(11300, "1.13万个", 100)]
    [InlineData(10000, "1万户", 10000)]
    [InlineData(33.3333, "三分之一", 0.0001)]
    [InlineData(4100, "４１００", 1)]
    public void TheWrittenNumberSetsThePrecision(double value, string written, double step) =>
        Assert.Equal(step, ClaimIntervals.WrittenStep(value, written), 6);
}
