using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tests;

public sealed class EditingTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ACorrectionIsANewVersionThatChangesTheVerdictAndKeepsTheOriginal(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var tracker = new Tracker(store);
        Assert.Equal(Verdict.NotReported, Row(await tracker.ScorecardAsync("常州市", 2024), "10亿元或1亿美元项目").Verdict);

        // The summary counts the same class of projects as they entered the project store (新增入库…36个).
        await using var db = store.CreateContext();
        var claim = await db.Claims.SingleAsync(c => c.Indicator == "入库总投资超10亿元或1亿美元项目" && c.Year == 2024);
        var editing = new Editing(store);
        var result = await editing.CorrectClaimAsync(claim.Id, new ClaimCorrection { Indicator = "10亿元或1亿美元项目", Note = "the target's class of projects" }, "editor@example");
        Assert.Equal((EditOutcome.Done, 2), (result.Outcome, result.Version));

        var row = Row(await tracker.ScorecardAsync("常州市", 2024), "10亿元或1亿美元项目");
        Assert.Equal(Verdict.Met, row.Verdict); // 36 against at least 30
        Assert.Contains("36", row.Reason);
        Assert.Equal(2, Assert.Single(row.Outcomes).Claim.Version);

        var original = await db.Claims.AsNoTracking().SingleAsync(c => c.Id == claim.Id);
        Assert.Equal("入库总投资超10亿元或1亿美元项目", original.Indicator);
        var history = await editing.HistoryAsync(claim.Id);
        Assert.Equal("editor@example", Assert.Single(history).Author);

        var again = await editing.CorrectClaimAsync(claim.Id, new ClaimCorrection { Value = 29 }, "deputy-editor");
        Assert.Equal(3, again.Version);
        Assert.Equal("10亿元或1亿美元项目", (await editing.HistoryAsync(claim.Id))[^1].Indicator);
        Assert.Equal(Verdict.Missed, Row(await tracker.ScorecardAsync("常州市", 2024), "10亿元或1亿美元项目").Verdict);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task BadCorrectionsAreRefusedWithAReason(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var editing = new Editing(store);
        Assert.Equal(EditOutcome.NotFound, (await editing.CorrectClaimAsync(12345, new ClaimCorrection { Value = 1 }, "editor")).Outcome);
        Assert.Equal(EditOutcome.Invalid, (await editing.CorrectClaimAsync(1, new ClaimCorrection { Op = "≈" }, "editor")).Outcome);
        Assert.Equal(EditOutcome.Invalid, (await editing.CorrectClaimAsync(1, new ClaimCorrection { Value = 1 }, " ")).Outcome);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnUnknownIndicatorMergedIntoTheCatalogIsJudgedUnderIt(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await Corpus.ImportAsync(store);
        var tracker = new Tracker(store);
        var before = await tracker.ClaimsAsync("常州市", 2023);
        Assert.Contains(before, c => c.Claim.Indicator == "全社会研发投入经费占地区生产总值比重");

        var merged = await new Editing(store).MergeIndicatorAsync("全社会研发投入经费占地区生产总值比重", "全社会研发经费占地区生产总值比重", "admin");
        Assert.Equal(EditOutcome.Done, merged.Outcome);
        var after = await tracker.ClaimsAsync("常州市", 2023);
        Assert.All(after.Where(c => c.Claim.Claim.Indicator == "全社会研发投入经费占地区生产总值比重"), c => Assert.Equal("全社会研发经费占地区生产总值比重", c.Claim.Indicator));
        Assert.Equal(EditOutcome.NotFound, (await new Editing(store).MergeIndicatorAsync("某指标", "不在目录的指标", "admin")).Outcome);
    }

    private static Judgement Row(Scorecard? card, string indicator) => Assert.Single(card!.Rows, r => r.Indicator == indicator);
}
