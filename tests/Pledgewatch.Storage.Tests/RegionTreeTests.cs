using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Storage.Tests;

/// <summary>The national region tree a new database starts with, and how reports find their region in it.</summary>
public sealed class RegionTreeTests
{
    [Fact]
    public void TheTreeHoldsEveryLevelOnceWithItsParentFirst()
    {
        var regions = Seeder.Regions;
        Assert.Single(regions, r => r.Level == "country");
        Assert.Equal(31, regions.Count(r => r.Level == "province"));
        Assert.InRange(regions.Count(r => r.Level == "city"), 320, 345);
        Assert.InRange(regions.Count(r => r.Level is "county" or "district"), 2800, 3000);
        Assert.Equal(regions.Count, regions.Select(r => r.Code).Distinct().Count());
        var seen = new HashSet<string>();
        foreach (var r in regions)
        {
            Assert.True(r.Parent is null || seen.Contains(r.Parent), $"{r.Code} {r.Name} comes before its parent {r.Parent}");
            Assert.Matches("^[1-9][0-9]{5}$", r.Code);
            seen.Add(r.Code);
        }

        // The statistics codes' placeholders are not regions.
        Assert.DoesNotContain(regions, r => r.Name is "市辖区" or "县" or "省直辖县级行政区划");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MunicipalitiesAndAutonomousRegionsAreProvincesUnderTheCountry(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using var db = store.CreateContext();
        var beijing = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "110000");
        Assert.Equal(("北京市", "province", "全国"), (beijing.Name, beijing.Level, beijing.Parent!.Name));
        var dongcheng = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "110101");
        Assert.Equal("北京市", dongcheng.Parent!.Name);
        var jiangsu = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "320000");
        Assert.Equal("全国", jiangsu.Parent!.Name);
        var xiantao = await db.Regions.Include(r => r.Parent).SingleAsync(r => r.Name == "仙桃市");
        Assert.Equal(("county", "湖北省"), (xiantao.Level, xiantao.Parent!.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AShortNameFindsItsRegion(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using var db = store.CreateContext();
        Assert.Equal("640000", (await RegionDirectory.FindAsync(db, "宁夏"))!.Code);
        Assert.Equal("150000", (await RegionDirectory.FindAsync(db, "内蒙古"))!.Code);
        Assert.Equal("450000", (await RegionDirectory.FindAsync(db, "广西"))!.Code);
        Assert.Equal("320400", (await RegionDirectory.FindAsync(db, "常州"))!.Code);
        Assert.Equal("country", (await RegionDirectory.FindAsync(db, "中华人民共和国"))!.Level);

        // 朝阳区 is in Beijing and in Changchun: the name alone is not enough, and the message says so.
        var error = await Assert.ThrowsAsync<StoreException>(() => RegionDirectory.FindAsync(db, "朝阳区"));
        Assert.Contains("110105", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TwoReportsOfOneRegionMeetUnderEitherName(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var folder = Corpus.MadeUpFolder(
            ("nx-2025.txt", "2025年主要预期目标：地区生产总值增长5.5%左右。", """{"file": "nx-2025.txt", "region": "宁夏", "report_year": 2025}"""),
            ("nx-2026.txt", "2025年全区生产总值增长5.6%。", """{"file": "nx-2026.txt", "region": "宁夏回族自治区", "report_year": 2026}"""),
            ("bj-2026.txt", "2026年主要预期目标：地区生产总值增长5%左右。", """{"file": "bj-2026.txt", "region": "北京市", "report_year": 2026}"""));
        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(
            [.. new[] { "nx-2025.txt", "nx-2026.txt", "bj-2026.txt" }.Select(f => Path.Combine(folder, f))]);
        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        await using var db = store.CreateContext();
        var regions = await db.Documents.Include(d => d.Region).Select(d => d.Region!.Code).ToListAsync();
        Assert.Equal(["110000", "640000", "640000"], regions.Order());
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARegionAddedWithoutACodeTakesItsPlaceInTheTree(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using (var db = store.CreateContext())
        {
            // As a database from before the tree: 北京市 was added by a report, with no code and no parent.
            var beijing = await db.Regions.SingleAsync(r => r.Code == "110000");
            var children = await db.Regions.Where(r => r.ParentId == beijing.Id).ToListAsync();
            db.Regions.RemoveRange(children);
            await db.SaveChangesAsync();
            beijing.Code = null;
            beijing.ParentId = null;
            beijing.Level = "city";
            await db.SaveChangesAsync();
            // Such a database was never stamped by the seeder.
            await db.StoreStamps.ExecuteDeleteAsync();
        }

        await test.OpenAsync();
        await using var check = store.CreateContext();
        var again = await check.Regions.Include(r => r.Parent).Where(r => r.Name == "北京市").ToListAsync();
        var one = Assert.Single(again);
        Assert.Equal(("110000", "province", "全国"), (one.Code, one.Level, one.Parent!.Name));
        Assert.Equal(Seeder.Regions.Count, await check.Regions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ARegionOfAnOlderTreeGainsWhatItLacked(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await using (var db = store.CreateContext())
        {
            // As the tree before: 常州市 had its parent but no short name, 江苏省 neither parent nor short name.
            await db.Regions.Where(r => r.Code == "320400").ExecuteUpdateAsync(u => u.SetProperty(r => r.ShortName, (string?)null));
            await db.Regions.Where(r => r.Code == "320000").ExecuteUpdateAsync(u => u.SetProperty(r => r.ShortName, (string?)null).SetProperty(r => r.ParentId, (int?)null));
            // Its stamp was the older tree's.
            await db.StoreStamps.ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, "the older tree"));
        }

        await test.OpenAsync();
        await using var check = store.CreateContext();
        var changzhou = await check.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "320400");
        Assert.Equal(("常州", "江苏省"), (changzhou.ShortName, changzhou.Parent!.Name));
        var jiangsu = await check.Regions.Include(r => r.Parent).SingleAsync(r => r.Code == "320000");
        Assert.Equal(("江苏", "全国"), (jiangsu.ShortName, jiangsu.Parent!.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EightProvincesReportsAddNoRegionAndEachYearMeetsTheNext(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var series = TestPaths.Series("provinces-2025-2026");
        var files = Directory.GetFiles(series).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(files);

        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        await using var db = store.CreateContext();
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
        var byRegion = await db.Documents.Include(d => d.Region).GroupBy(d => d.Region!.Code).Select(g => new { Code = g.Key, Years = g.Select(d => d.ReportYear).OrderBy(y => y).ToList() }).ToListAsync();
        Assert.Equal(8, byRegion.Count);
        Assert.All(byRegion, r => Assert.Equal([2025, 2026], r.Years));
        Assert.All(byRegion, r => Assert.Matches("^[1-6][0-9]0000$", r.Code!));
    }
}
