using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tests;

/// <summary>One indicator across the regions under a parent: every child a row, with or without a report.</summary>
public sealed class ComparisonTests
{
    private static async Task<PledgewatchStore> ThreeProvincesAsync(TestDatabase test)
    {
        var store = await test.OpenAsync();
        var folder = Corpus.MadeUpFolder(
            ("nx-2025.txt", "2025年主要预期目标：地区生产总值增长5.5%左右，城镇新增就业8万人。", """{"file": "nx-2025.txt", "region": "宁夏", "report_year": 2025}"""),
            ("nx-2026.txt", "2025年全区生产总值增长5.6%，城镇新增就业8.3万人。", """{"file": "nx-2026.txt", "region": "宁夏回族自治区", "report_year": 2026}"""),
            ("hn-2025.txt", "2025年主要预期目标：地区生产总值增长6%左右。", """{"file": "hn-2025.txt", "region": "海南省", "report_year": 2025}"""),
            ("hn-2026.txt", "2025年全省生产总值增长4.1%。", """{"file": "hn-2026.txt", "region": "海南省", "report_year": 2026}"""),
            ("bj-2025.txt", "2025年主要预期目标：城镇新增就业26万人。", """{"file": "bj-2025.txt", "region": "北京市", "report_year": 2025}"""),
            ("cn-2025.txt", "2025年发展主要预期目标是：国内生产总值增长5%左右。", """{"file": "cn-2025.txt", "region": "全国", "report_year": 2025}"""));
        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(
            [.. Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)]);
        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        return store;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryProvinceIsARowAndTheMostSharedIndicatorIsTheDefault(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var tracker = new Tracker(await ThreeProvincesAsync(test));

        var comparison = (await tracker.CompareAsync("全国", 2025))!;

        Assert.Equal(("地区生产总值", Measure.Growth, 2), (comparison.Indicator!.Indicator, comparison.Indicator.Measure, comparison.Indicator.Regions));
        Assert.Equal(31, comparison.Rows.Count);
        Assert.Equal(Verdict.Met, comparison.Rows.Single(r => r.Code == "640000").Judgement!.Verdict);
        Assert.Equal(Verdict.Missed, comparison.Rows.Single(r => r.Code == "460000").Judgement!.Verdict);
        var beijing = comparison.Rows.Single(r => r.Code == "110000");
        Assert.True(beijing.HasTargets);
        Assert.Null(beijing.Judgement);
        Assert.False(comparison.Rows.Single(r => r.Code == "320000").HasTargets);
        Assert.Equal((1, 1), (comparison.Count(Verdict.Met), comparison.Count(Verdict.Missed)));
        Assert.Contains(comparison.Choices, c => c.Indicator == "城镇新增就业" && c.Regions == 2);
        // The country's own target (国内生产总值 is the catalog's 地区生产总值) is the reference row.
        Assert.Equal(("全国", 5.0), (comparison.Reference!.Region, comparison.Reference.Judgement!.Target.Claim.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnIndicatorAskedForIsCompared(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var tracker = new Tracker(await ThreeProvincesAsync(test));

        var comparison = (await tracker.CompareAsync("中国", 2025, "城镇新增就业", Measure.Added))!;

        Assert.Equal("城镇新增就业", comparison.Indicator!.Indicator);
        var sorted = comparison.Sorted(ComparisonColumn.Target, descending: true);
        Assert.Equal(["北京市", "宁夏回族自治区"], sorted.Take(2).Select(r => r.Region));
        Assert.Equal(Verdict.Met, sorted[1].Judgement!.Verdict);
        Assert.Null(sorted[2].Judgement);
        Assert.Null(await tracker.CompareAsync("没有这个地方", 2025));
    }
}
