using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tests;

/// <summary>
/// The corpus judged: Changzhou's 2024 targets against the 2024 results in the 2025 summary, the
/// news feature against the report it restates, and targets followed into the 2025 plan.
/// </summary>
public sealed class CorpusVerdictTests
{
    /// <summary>
    /// Verdicts a careful reader agrees with, worked out from the numbers:
    /// target (2024 report) → outcome (2025 summary) → why.
    /// </summary>
    public static TheoryData<string, string, string, Verdict, string> Changzhou2024 => new()
    {
        // 增长6%以上 asks [6, ∞); 增长6%左右 is [5.5, 6.5]: part above, part below.
        { "sqlite", "地区生产总值", "growth", Verdict.Unclear, "[5.5, 6.5]" },
        // 6%左右 asks at least 5.5; 2.6% is [2.55, 2.65].
        { "sqlite", "一般公共预算收入", "growth", Verdict.Missed, "[2.55, 2.65]" },
        // 突破100万辆 asks more than 100万; 近80万辆 is [76万, 80万).
        { "sqlite", "整车产量", "level", Verdict.Missed, "[76万, 80万)" },
        // 净增1000家以上 asks at least 1000; 新增700家以上 is [700, 800).
        { "sqlite", "高新技术企业", "added", Verdict.Missed, "[700, 800)" },
        // 10万人左右 asks at least 9.7万; 10.4万人 is [10.35万, 10.45万].
        { "sqlite", "城镇新增就业", "added", Verdict.Met, "[10.35万, 10.45万]" },
        // 新增学位1.13万个 asks at least 1.125万; 1.15万个 is [1.145万, 1.155万].
        { "sqlite", "学位", "added", Verdict.Met, "[1.145万, 1.155万]" },
        // 老旧小区改造36个, done 36.
        { "sqlite", "城镇老旧小区改造", "added", Verdict.Met, "[35.5, 36.5]" },
        // 研发经费占比3.43% asks at least 3.425; 3.41% is [3.405, 3.415].
        { "sqlite", "全社会研发经费占地区生产总值比重", "level", Verdict.Missed, "[3.405, 3.415]" },
        // 新增上市企业20家: the summary gives only 累计突破100家 (2024) against 累计96家 (2023): [3.5, 104.5) added.
        { "sqlite", "上市企业", "added", Verdict.Unclear, "推算" },
        // The summary is out and says nothing of these.
        { "sqlite", "社会消费品零售总额", "growth", Verdict.NotReported, "未报告" },
        { "sqlite", "5G基站", "added", Verdict.NotReported, "未报告" },
        { "sqlite", "公共停车泊位", "added", Verdict.NotReported, "未报告" },
        { "postgres", "地区生产总值", "growth", Verdict.Unclear, "[5.5, 6.5]" },
        { "postgres", "整车产量", "level", Verdict.Missed, "[76万, 80万)" },
        { "postgres", "城镇新增就业", "added", Verdict.Met, "[10.35万, 10.45万]" },
        { "postgres", "上市企业", "added", Verdict.Unclear, "推算" },
    };

    [Theory]
    [MemberData(nameof(Changzhou2024))]
    public async Task Changzhou2024TargetsAreJudgedAgainstThe2025Summary(string engine, string indicator, string measure, Verdict verdict, string reason)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var card = await new Tracker(store).ScorecardAsync("常州市", 2024);
        Assert.True(card!.OutcomeReportOut);
        var rows = card.Rows.Where(r => r.Indicator == indicator && ContractNames.Of(r.Measure) == measure).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(verdict, row.Verdict);
        Assert.Contains(reason, row.Reason);
        Assert.Equal("changzhou-2024-government-work-report.txt", row.Target.Document.Name);
        Assert.All(row.Outcomes.Where(o => o.Claim.Derived is null), o => Assert.Equal("changzhou-2025-government-work-report-summary.md", o.Claim.Document.Name));
    }

    [Fact]
    public async Task TheScorecardByCodeIsTheScorecardByName()
    {
        await using var test = TestDatabase.Create("sqlite");
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var tracker = new Tracker(store);
        var byName = await tracker.ScorecardAsync("常州市", 2024);
        var byCode = await tracker.ScorecardAsync("320400", 2024);
        Assert.Equal(byName!.Rows.Select(r => (r.Target.Id, r.Verdict)), byCode!.Rows.Select(r => (r.Target.Id, r.Verdict)));
        Assert.Null(await tracker.ScorecardAsync("不存在区", 2024));
        // 2025's targets have no report on 2025 yet: all pending.
        var next = await tracker.ScorecardAsync("常州市", 2025);
        Assert.NotEmpty(next!.Rows);
        Assert.All(next.Rows, r => Assert.Equal(Verdict.Pending, r.Verdict));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task Xinbei2023CompletionFiguresAnswerThe2023Plan(string engine)
    {
        // The corpus holds Xinbei's 2023 results but not its 2023 plan: this made-up plan (test data,
        // not a real document) sets 2023 targets for the same indicators, so the links can be seen.
        const string plan = """
            新北区2023年国民经济和社会发展计划（测试样例）
            2023年主要预期目标：地区生产总值增长7%左右；一般公共预算收入增长11%；新增城镇就业人数3万人；PM2.5浓度控制在35微克/立方米以内；实际利用外资9亿美元。
            """;
        const string entry = """{"file": "xinbei-2023-plan-sample.txt", "region": "新北区", "region_code": "320411", "report_year": 2023, "type": "plan_report"}""";
        var folder = Corpus.MadeUpFolder(("xinbei-2023-plan-sample.txt", plan, entry));
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var importer = new DocumentImporter(store, ExtractionPipeline.Default);
        await importer.ImportFilesAsync([Path.Combine(folder, "xinbei-2023-plan-sample.txt"), Path.Combine(Corpus.Folder, "xinbei-2024-plan-report.txt")]);

        var card = await new Tracker(store).ScorecardAsync("新北区", 2023);
        Verdict VerdictOf(string indicator) => Assert.Single(card!.Rows, r => r.Indicator == indicator).Verdict;
        Assert.Equal(Verdict.Met, VerdictOf("地区生产总值"));          // 8.5%左右 against 7%左右
        Assert.Equal(Verdict.Missed, VerdictOf("一般公共预算收入"));    // 9%左右 is [8.5, 9.5] against 11 (at least 10.5)
        Assert.Equal(Verdict.Met, VerdictOf("城镇新增就业"));          // 3.3万 against 3万
        Assert.Equal(Verdict.Met, VerdictOf("细颗粒物（PM2.5）平均浓度")); // 33.9 within 35
        Assert.Equal(Verdict.Missed, VerdictOf("实际使用外资"));       // 8.46亿美元 against 9亿
        Assert.All(card!.Rows.SelectMany(r => r.Outcomes), o => Assert.Equal("xinbei-2024-plan-report.txt", o.Claim.Document.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheNewsFeaturesDifferencesFromTheReportAreConflicts(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var conflicts = (await new Tracker(store).ConflictsAsync("常州市")).Select(c => c.Item).ToList();
        Assert.All(conflicts, c => Assert.Equal("changzhou-2024-news-feature.txt", c.Second.Document.Name));
        Assert.All(conflicts, c => Assert.Equal("changzhou-2024-government-work-report.txt", c.First.Document.Name));
        // 增长6.8%左右 retold as 增长6.8%.
        Assert.Contains(conflicts, c => c.First.Indicator == "地区生产总值" && c.First.Claim.Op == Bound.About && c.Second.Claim.Op == Bound.Equal);
        // 新增充电场站436座 retold as 新增充电桩436座.
        Assert.Contains(conflicts, c => c.First.Indicator == "充电场站" && c.Second.Indicator == "充电桩");
        // 外资占比提升至47% (a level) retold as 提升47% (a growth).
        Assert.Contains(conflicts, c => c.First.Claim.Value == 47 && c.First.Claim.Measure == Measure.Level && c.Second.Claim.Measure == Measure.Growth);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TargetsAreFollowedIntoThe2025Plan(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var items = (await new Tracker(store).CarryOverAsync("常州市")).Where(x => x.Year == 2024).Select(x => x.Item).ToList();
        // 力争整车产量突破100万辆 was missed and returns as 新能源整车产量突破100万辆.
        var cars = Assert.Single(items, i => i.Before.Indicator == "整车产量");
        Assert.Equal((CarryOverKind.Repeated, Verdict.Missed), (cars.Kind, cars.Before.Verdict));
        Assert.Equal("changzhou-2025-government-work-report-summary.md", cars.After!.Document.Name);
        // 一般公共预算收入增长6%左右 was missed; 2025 asks only 保持正增长.
        Assert.Equal(CarryOverKind.Lowered, Assert.Single(items, i => i.Before.Indicator == "一般公共预算收入").Kind);
        Assert.Equal(CarryOverKind.Lowered, Assert.Single(items, i => i.Before.Indicator == "地区生产总值").Kind);
        // A met target that is not set again is not news.
        Assert.DoesNotContain(items, i => i.Before.Verdict == Verdict.Met && i.Kind == CarryOverKind.Dropped);
    }
}
