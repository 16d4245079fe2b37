using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tests;

/// <summary>A region added under a name the tree does not know, merged into the tree's.</summary>
public sealed class RegionMergeTests
{
    private static async Task<PledgewatchStore> WithAnUnknownNameAsync(TestDatabase test)
    {
        var store = await test.OpenAsync();
        var importer = new DocumentImporter(store, ExtractionPipeline.Default);
        var folder = Corpus.MadeUpFolder(
            ("wj-2025.txt", "2025年主要预期目标：地区生产总值增长5.5%左右。", """{"file": "wj-2025.txt", "region": "武进高新区", "report_year": 2025}"""),
            ("wj-2026.txt", "2025年全区地区生产总值增长5.8%。", """{"file": "wj-2026.txt", "region": "武进区", "parent": "常州市", "report_year": 2026}"""));
        var results = await importer.ImportFilesAsync([Path.Combine(folder, "wj-2025.txt"), Path.Combine(folder, "wj-2026.txt")]);
        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        return store;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnUnresolvedRegionMergedIntoTheTreeBringsItsReportsAndTheirVerdict(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await WithAnUnknownNameAsync(test);
        var merger = new RegionMerger(store);
        var unresolved = Assert.Single(await merger.UnresolvedAsync());
        Assert.Equal(("武进高新区", 1), (unresolved.Name, unresolved.Documents));
        Assert.Equal(Verdict.Pending, (await new Tracker(store).ScorecardAsync("武进高新区", 2025))!.Rows.Single().Verdict);

        var result = await merger.MergeAsync("武进高新区", "320412", "admin");

        Assert.Equal((EditOutcome.Done, 1), (result.Outcome, result.Version));
        Assert.Empty(await merger.UnresolvedAsync());
        // The target and the outcome now meet under one region.
        var row = (await new Tracker(store).ScorecardAsync("320412", 2025))!.Rows.Single();
        Assert.Equal(Verdict.Met, row.Verdict);
        await using var db = store.CreateContext();
        var uncoded = await db.Regions.Where(r => r.Code == null).Select(r => r.Id).ToListAsync();
        Assert.Equal(0, await db.Claims.CountAsync(c => uncoded.Contains(c.RegionId)));
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
        var audit = await db.AuditLog.SingleAsync(a => a.Action == "region.merge");
        Assert.Equal(("admin", "region 武进高新区"), (audit.Actor, audit.Subject));
        Assert.Contains("320412", audit.Details, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AMergeThatWouldCollideOrNamesNoRegionChangesNothing(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await WithAnUnknownNameAsync(test);
        var merger = new RegionMerger(store);
        // The same title and year filed under both names (different bytes): the merge is refused whole.
        var importer = new DocumentImporter(store, ExtractionPipeline.Default);
        var folder = Corpus.MadeUpFolder(("wj-2025.txt", "2025年主要预期目标：地区生产总值增长6%左右。", """{"file": "wj-2025.txt", "region": "武进区", "parent": "常州市", "report_year": 2025}"""));
        Assert.Equal(ImportStatus.New, Assert.Single(await importer.ImportFilesAsync([Path.Combine(folder, "wj-2025.txt")])).Status);

        var collision = await merger.MergeAsync("武进高新区", "武进区", "admin");
        Assert.Equal(EditOutcome.Invalid, collision.Outcome);
        Assert.Contains("wj-2025.txt", collision.Error, StringComparison.Ordinal);
        Assert.Single(await merger.UnresolvedAsync());

        Assert.Equal(EditOutcome.NotFound, (await merger.MergeAsync("火星区", "武进区", "admin")).Outcome);
        Assert.Equal(EditOutcome.NotFound, (await merger.MergeAsync("武进高新区", "火星区", "admin")).Outcome);
        // A region of the tree is not merged away.
        Assert.Equal(EditOutcome.NotFound, (await merger.MergeAsync("新北区", "武进区", "admin")).Outcome);
        await using var db = store.CreateContext();
        Assert.Equal(1, await db.Documents.CountAsync(d => d.Region!.Name == "武进高新区"));
        Assert.Equal(0, await db.AuditLog.CountAsync(a => a.Action == "region.merge"));
    }
}
