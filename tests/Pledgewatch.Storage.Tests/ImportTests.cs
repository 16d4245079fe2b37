using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Storage.Tests;

public sealed class ImportTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ANewDatabaseHasTheRegionTreeAndTheCatalog(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using var db = store.CreateContext();
        var wujin = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "320412");
        Assert.Equal("武进区", wujin.Name);
        Assert.Equal("常州市", wujin.Parent!.Name);
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
        Assert.True(Seeder.Regions.Count > 3000);
        Assert.True(await db.Indicators.CountAsync() >= 80);
        var alias = await db.IndicatorAliases.SingleAsync(a => a.Alias == "规上工业增加值");
        Assert.Equal("规模以上工业增加值", (await db.Indicators.FindAsync(alias.IndicatorId))!.Name);

        // Opening again (a second start) migrates and seeds nothing twice.
        await test.OpenAsync();
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ImportingTheSameBytesAgainChangesNothing(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var first = await Corpus.ImportAsync(store);
        Assert.All(first, r => Assert.Equal(ImportStatus.New, r.Status));
        var claims = first.Sum(r => r.Claims);
        Assert.True(claims > 500);

        var second = await Corpus.ImportAsync(store);
        Assert.All(second, r => Assert.Equal(ImportStatus.Unchanged, r.Status));
        await using var db = store.CreateContext();
        Assert.Equal(first.Count, await db.Documents.CountAsync());
        Assert.Equal(claims, await db.Claims.CountAsync());
        var wujin = await db.Documents.Include(d => d.Region).SingleAsync(d => d.FileName.StartsWith("wujin"));
        Assert.Equal("320412", wujin.Region!.Code);
        Assert.Equal(2024, wujin.ReportYear);
        Assert.Equal("government_work_report_summary", wujin.Type?.Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task NewBytesForAKnownDocumentAreItsNextVersion(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        const string entry = """{"file": "plan.txt", "region": "武进区", "region_code": "320412", "report_year": 2026, "type": "government_work_report", "title": "2026年武进区政府工作报告"}""";
        var folder = Corpus.MadeUpFolder(("plan.txt", "2026年主要预期目标：地区生产总值增长5%左右。", entry));
        var importer = new DocumentImporter(store, ExtractionPipeline.Default);
        var v1 = Assert.Single(await importer.ImportFilesAsync([Path.Combine(folder, "plan.txt")]));
        File.WriteAllText(Path.Combine(folder, "plan.txt"), "2026年主要预期目标：地区生产总值增长5.5%左右。");
        var v2 = Assert.Single(await importer.ImportFilesAsync([Path.Combine(folder, "plan.txt")]));

        Assert.Equal((ImportStatus.New, 1), (v1.Status, v1.Version));
        Assert.Equal((ImportStatus.NewVersion, 2), (v2.Status, v2.Version));
        await using var db = store.CreateContext();
        var versions = await db.Documents.OrderBy(d => d.Version).ToListAsync();
        Assert.Equal([false, true], versions.Select(d => d.IsCurrent));
        var card = await new Storage.Tracking.Tracker(store).ScorecardAsync("武进区", 2026);
        var row = Assert.Single(card!.Rows);
        Assert.Equal(5.5, row.Target.Claim.Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ABadFileFailsAloneWithItsReasonAndTheRunGoesOn(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var folder = Directory.CreateTempSubdirectory("pledgewatch-bad-").FullName;
        File.WriteAllBytes(Path.Combine(folder, "a-random.pdf"), [.. Enumerable.Range(0, 3000).Select(i => (byte)(i * 7919 % 251))]);
        File.WriteAllText(Path.Combine(folder, "b-no-region.txt"), "今年地区生产总值增长5%左右。");
        File.Copy(Path.Combine(TestPaths.Corpus, "wujin-2024-government-work-report-excerpt.txt"), Path.Combine(folder, "c-wujin.txt"));
        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(
            [Path.Combine(folder, "a-random.pdf"), Path.Combine(folder, "b-no-region.txt"), Path.Combine(folder, "missing.txt"), Path.Combine(folder, "c-wujin.txt")]);

        Assert.Equal([ImportStatus.Failed, ImportStatus.Failed, ImportStatus.Failed, ImportStatus.New], results.Select(r => r.Status));
        Assert.Contains("no region", results[1].Error);
        Assert.Contains("no such file", results[2].Error);
        await using var db = store.CreateContext();
        Assert.Equal(1, await db.Documents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AFailureWhileStoringLeavesNothingOfTheDocument(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        // The database itself refuses every claim row, after the document row is written in the same transaction.
        await FailClaimInsertsAsync(store, engine, armed: true);
        var results = await Corpus.ImportAsync(store);
        Assert.All(results, r => Assert.Equal(ImportStatus.Failed, r.Status));
        Assert.All(results, r => Assert.Contains("not stored", r.Error));
        Assert.All(results, r => Assert.Contains("the disk is full (a test)", r.Error));
        await using (var db = store.CreateContext())
        {
            Assert.Equal(0, await db.Documents.CountAsync());
            Assert.Equal(0, await db.Claims.CountAsync());
        }

        await FailClaimInsertsAsync(store, engine, armed: false);
        Assert.All(await Corpus.ImportAsync(store), r => Assert.Equal(ImportStatus.New, r.Status));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EveryFieldOfEveryClaimIsStoredAsItWasRead(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var path = Path.Combine(TestPaths.Corpus, "changzhou-2024-government-work-report.txt");
        Assert.Equal(ImportStatus.New, Assert.Single(await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync([path])).Status);
        var text = Pledgewatch.Documents.DocumentReader.ReadFile(path);
        var read = ExtractionPipeline.Default.Extract(text.Text, new DocumentInfo(text.Name, "常州市", 2024, text.Format)).Claims;

        var stored = (await new Pledgewatch.Storage.Tracking.Tracker(store).ClaimsAsync("常州市")).Select(c => c.Claim.Claim).ToList();

        Assert.Equal(read.Count, stored.Count);
        // In document order, field for field: kind, year, indicator, measure, op, value, unit, text, offsets, period, range.
        Assert.Equal(read.Select(c => Json(c)), stored.Select(c => Json(c)));
    }

    private static string Json(Claim claim)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            ClaimJson.WriteFields(json, claim);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task FailClaimInsertsAsync(PledgewatchStore store, string engine, bool armed)
    {
        await using var db = store.CreateContext();
        string[] statements = (engine, armed) switch
        {
            ("sqlite", true) => ["CREATE TRIGGER fail_claims BEFORE INSERT ON claims BEGIN SELECT RAISE(ABORT, 'the disk is full (a test)'); END;"],
            ("sqlite", false) => ["DROP TRIGGER fail_claims;"],
            (_, true) =>
            [
                "CREATE FUNCTION fail_claims() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'the disk is full (a test)'; END; $$ LANGUAGE plpgsql;",
                "CREATE TRIGGER fail_claims BEFORE INSERT ON claims FOR EACH ROW EXECUTE FUNCTION fail_claims();",
            ],
            (_, false) => ["DROP TRIGGER fail_claims ON claims;", "DROP FUNCTION fail_claims();"],
        };
        foreach (var statement in statements)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TwoImportsOfTheSameFolderAtOnceStoreEachDocumentOnce(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var one = await test.OpenAsync();
        var other = await test.OpenAsync();
        var results = await Task.WhenAll(Corpus.ImportAsync(one), Corpus.ImportAsync(other));
        var files = TestPaths.CorpusFiles().Length;
        var all = results.SelectMany(r => r).ToList();
        Assert.DoesNotContain(all, r => r.Status == ImportStatus.Failed);
        Assert.Equal(files, all.Count(r => r.Status == ImportStatus.New));
        Assert.Equal(files, all.Count(r => r.Status == ImportStatus.Unchanged));
        await using var db = one.CreateContext();
        Assert.Equal(files, await db.Documents.CountAsync());
        Assert.Equal(all.Sum(r => r.Claims), await db.Claims.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARegionTheTreeDoesNotKnowIsAdded(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        const string entry = """{"file": "zone.txt", "region": "常州经济开发区", "parent": "常州市", "report_year": 2025}""";
        const string national = """{"file": "national.txt", "region": "全国", "report_year": 2025}""";
        var folder = Corpus.MadeUpFolder(
            ("zone.txt", "2025年主要预期目标：地区生产总值增长5%左右。", entry),
            ("national.txt", "今年发展主要预期目标是：国内生产总值增长5%左右。", national));
        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(
            [Path.Combine(folder, "zone.txt"), Path.Combine(folder, "national.txt")]);
        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        await using var db = store.CreateContext();
        Assert.Equal(Seeder.Regions.Count + 1, await db.Regions.CountAsync());
        var zone = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Name == "常州经济开发区");
        Assert.Null(zone.Code);
        Assert.Equal("320400", zone.Parent!.Code);
        Assert.Equal("country", (await db.Regions.SingleAsync(r => r.Name == "全国")).Level);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task RegionsComeFromACsvAllOrNothing(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var good = "code,name,parent_code\n320100,南京市,320000\n320102,玄武区,320100\n";
        Assert.Equal(2, await RegionDirectory.ImportCsvAsync(store, new StringReader(good)));
        var bad = "code,name,parent_code\n329901,新设市,320000\n329902,新设区,999900\n";
        var error = await Assert.ThrowsAsync<StoreException>(() => RegionDirectory.ImportCsvAsync(store, new StringReader(bad)));
        Assert.Contains("999900", error.Message);
        await using var db = store.CreateContext();
        Assert.Null(await db.Regions.FirstOrDefaultAsync(r => r.Code == "329901"));
        var xuanwu = await RegionDirectory.FindAsync(db, "玄武区");
        Assert.Equal("320102", xuanwu!.Code);
    }
}
