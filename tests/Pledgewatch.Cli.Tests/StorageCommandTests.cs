using System.Text.Json;
using MiniExcelLibs;

namespace Pledgewatch.Cli.Tests;

public sealed class StorageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-cli-").FullName;

    private string Db => Path.Combine(_folder, "test.db");

    private static string CorpusFolder => Path.GetDirectoryName(CliRun.Corpus("index.json"))!;

    [Fact]
    public void ImportSaysWhatWasNewUnchangedAndFailed()
    {
        var first = CliRun.Of("import", CorpusFolder, "--db", Db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("5 documents: 5 new, 0 new versions, 0 unchanged, 0 failed; 623 claims added", first.Stdout);

        var broken = Path.Combine(_folder, "broken.docx");
        File.WriteAllText(broken, "not a zip");
        var second = CliRun.Of("import", CorpusFolder, broken, "--db", Db);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("6 documents: 0 new, 0 new versions, 5 unchanged, 1 failed; 0 claims added", second.Stdout);
        Assert.Contains("broken.docx", second.Stderr);
    }

    [Fact]
    public void AFolderWithoutAnIndexIsFiledByTheTitlesAndTheSummaryNamesTheRegionsOutsideTheTree()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "reports")).FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "2025年内蒙古自治区政府工作报告\n各位代表：\n今年主要预期目标：地区生产总值增长5.5%左右。\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "2025年开发区政府工作报告\n各位代表：\n今年主要预期目标：地区生产总值增长8%左右。\n");

        var run = CliRun.Of("import", folder, "--db", Db);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 documents: 2 new, 0 new versions, 0 unchanged, 0 failed", run.Stdout);
        Assert.Contains("1 regions not in the national tree, filed without a code (merge them on the administration page): 开发区", run.Stdout);
        var regions = CliRun.Of("regions", "list", "--db", Db).Stdout;
        Assert.Contains("150000 内蒙古自治区 (province) 1 documents", regions);
    }

    [Fact]
    public void AYearWithNoTargetSetIsARowOnTheScorecardWithTheYearsResult()
    {
        var plan = Path.Combine(_folder, "2020.txt");
        File.WriteAllText(plan, "二、2020年主要预期目标\n需要说明的是，我们没有提出全年经济增速具体目标。城镇新增就业900万人以上。\n");
        var review = Path.Combine(_folder, "2021.txt");
        File.WriteAllText(review, "一、2020年工作回顾\n国内生产总值增长2.3%，城镇新增就业1186万人。\n");
        Assert.Equal(0, CliRun.Of("import", plan, "--region", "全国", "--year", "2020", "--db", Db).ExitCode);
        Assert.Equal(0, CliRun.Of("import", review, "--region", "全国", "--year", "2021", "--db", Db).ExitCode);

        var run = CliRun.Of("scorecard", "--region", "全国", "--year", "2020", "--format", "json", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        var gdp = Assert.Single(rows, r => r.GetProperty("indicator").GetString() == "地区生产总值");
        Assert.Equal("no_target_set", gdp.GetProperty("verdict").GetString());
        Assert.True(gdp.GetProperty("target").GetProperty("no_target").GetBoolean());
        Assert.Equal(2.3, gdp.GetProperty("outcomes")[0].GetProperty("value").GetDouble());
        var jobs = Assert.Single(rows, r => r.GetProperty("indicator").GetString() == "城镇新增就业");
        Assert.Equal("met", jobs.GetProperty("verdict").GetString());

        var table = CliRun.Of("scorecard", "--region", "全国", "--year", "2020", "--db", Db);
        Assert.Contains("未设目标", table.Stdout);
    }

    [Fact]
    public void TheScorecardAsJsonHasOneObjectPerTargetWithTheClaimsCompared()
    {
        Assert.Equal(0, CliRun.Of("import", CorpusFolder, "--db", Db).ExitCode);
        var run = CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--format", "json", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var rows = json.RootElement.EnumerateArray().ToList();
        Assert.True(rows.Count > 40);
        string[] verdicts = ["met", "missed", "unclear", "pending", "not_reported"];
        foreach (var row in rows)
        {
            Assert.Contains(row.GetProperty("verdict").GetString(), verdicts);
            Assert.False(string.IsNullOrEmpty(row.GetProperty("reason").GetString()));
            Assert.False(string.IsNullOrEmpty(row.GetProperty("indicator").GetString()));
            Assert.Contains(row.GetProperty("measure").GetString(), new[] { "growth", "level", "added" });
            var target = row.GetProperty("target");
            foreach (var field in new[] { "doc", "kind", "year", "region", "indicator", "measure", "op", "value", "unit", "text", "start", "end" })
            {
                Assert.True(target.TryGetProperty(field, out _), $"target lacks {field}");
            }

            Assert.Equal("target", target.GetProperty("kind").GetString());
            Assert.All(row.GetProperty("outcomes").EnumerateArray(), o => Assert.Equal("outcome", o.GetProperty("kind").GetString()));
        }

        var jobs = Assert.Single(rows, r => r.GetProperty("indicator").GetString() == "城镇新增就业");
        Assert.Equal("met", jobs.GetProperty("verdict").GetString());
        Assert.Equal(104000, jobs.GetProperty("outcomes")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public void ConflictsAndCarryOverCarryTheClaimsInvolved()
    {
        Assert.Equal(0, CliRun.Of("import", CorpusFolder, "--db", Db).ExitCode);
        var conflicts = CliRun.Of("conflicts", "--region", "常州市", "--format", "json", "--db", Db);
        using (var json = JsonDocument.Parse(conflicts.Stdout))
        {
            Assert.NotEmpty(json.RootElement.EnumerateArray());
            Assert.All(json.RootElement.EnumerateArray(), c => Assert.Equal(2, c.GetProperty("claims").GetArrayLength()));
        }

        var carry = CliRun.Of("carryover", "--region", "320400", "--format", "json", "--db", Db);
        using (var json = JsonDocument.Parse(carry.Stdout))
        {
            var cars = Assert.Single(json.RootElement.EnumerateArray(), c => c.GetProperty("indicator").GetString() == "整车产量");
            Assert.Equal("repeated", cars.GetProperty("kind").GetString());
            Assert.Equal("missed", cars.GetProperty("verdict").GetString());
            Assert.Equal(1000000, cars.GetProperty("after").GetProperty("value").GetDouble());
        }

        var table = CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--db", Db);
        Assert.Contains("整车产量", table.Stdout);
        Assert.Contains("未达成 missed", table.Stdout);
    }

    [Fact]
    public void ExportsOpenInExcel()
    {
        Assert.Equal(0, CliRun.Of("import", CorpusFolder, "--db", Db).ExitCode);
        var xlsx = Path.Combine(_folder, "scorecard.xlsx");
        var run = CliRun.Of("export", "--what", "scorecard", "--region", "常州市", "--year", "2024", "--format", "xlsx", "--output", xlsx, "--db", Db);
        Assert.Equal(0, run.ExitCode);
        var rows = MiniExcel.Query(xlsx, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (string)r["indicator"] == "整车产量" && (string)r["verdict"] == "missed");
        Assert.False(File.Exists(xlsx + ".partial"));

        var csv = Path.Combine(_folder, "claims.csv");
        Assert.Equal(0, CliRun.Of("export", "--what", "claims", "--format", "csv", "--output", csv, "--db", Db).ExitCode);
        var bytes = File.ReadAllBytes(csv);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = File.ReadAllLines(csv);
        Assert.Equal(624, lines.Length);
        Assert.Contains(lines, l => l.Contains("城镇新增就业", StringComparison.Ordinal));

        Assert.Equal(2, CliRun.Of("export", "--what", "claims", "--format", "xlsx", "--db", Db).ExitCode);
        Assert.Equal(2, CliRun.Of("export", "--what", "scorecard", "--db", Db).ExitCode);
    }

    [Fact]
    public void ACorrectionFromTheCommandLineChangesTheVerdict()
    {
        Assert.Equal(0, CliRun.Of("import", CorpusFolder, "--db", Db).ExitCode);
        using (var before = JsonDocument.Parse(CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--format", "json", "--db", Db).Stdout))
        {
            Assert.Equal("not_reported", Assert.Single(before.RootElement.EnumerateArray(), r => r.GetProperty("indicator").GetString() == "10亿元或1亿美元项目").GetProperty("verdict").GetString());
        }

        // The summary counts the same class of projects as they entered the project store: an editor names it as the target did.
        using var claims = JsonDocument.Parse(CliRun.Of("export", "--what", "claims", "--format", "json", "--region", "常州市", "--year", "2024", "--db", Db).Stdout);
        var claim = Assert.Single(claims.RootElement.EnumerateArray(), c => c.GetProperty("indicator").GetString() == "入库总投资超10亿元或1亿美元项目");
        var id = claim.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var run = CliRun.Of("correct", id, "--indicator", "10亿元或1亿美元项目", "--by", "editor", "--db", Db);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("version 2", run.Stdout);
        using var card = JsonDocument.Parse(CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--format", "json", "--db", Db).Stdout);
        var row = Assert.Single(card.RootElement.EnumerateArray(), r => r.GetProperty("indicator").GetString() == "10亿元或1亿美元项目");
        Assert.Equal("met", row.GetProperty("verdict").GetString());
        Assert.Equal(1, CliRun.Of("correct", "999999", "--value", "1", "--by", "editor", "--db", Db).ExitCode);
        Assert.Equal(2, CliRun.Of("correct", id, "--value", "many", "--by", "editor", "--db", Db).ExitCode);
        Assert.Equal(2, CliRun.Of("correct", id, "--value", "12个", "--unit", "亿元", "--by", "editor", "--db", Db).ExitCode);

        // A value typed as the report writes it is read by the grammar's quantity parser.
        Assert.Equal(0, CliRun.Of("correct", id, "--value", "12个", "--by", "editor", "--db", Db).ExitCode);
        using var corrected = JsonDocument.Parse(CliRun.Of("export", "--what", "claims", "--format", "json", "--region", "常州市", "--year", "2024", "--db", Db).Stdout);
        var now = Assert.Single(corrected.RootElement.EnumerateArray(), c => c.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture) == id);
        Assert.Equal(12, now.GetProperty("value").GetDouble());
        Assert.Equal("个", now.GetProperty("unit").GetString());
    }

    [Fact]
    public void DatabaseProblemsAreOneLineErrors()
    {
        var unknown = CliRun.Of("scorecard", "--region", "火星区", "--year", "2024", "--db", Db);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no region 火星区", unknown.Stderr);

        var bad = CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--connection", "Host=127.0.0.1;Port=1;Database=x;Timeout=2");
        Assert.Equal(1, bad.ExitCode);
        Assert.StartsWith("pledgewatch: cannot open the database at postgresql://127.0.0.1:1/x", bad.Stderr);
        Assert.Single(bad.Stderr.Trim().Split('\n'));

        var notADatabase = Path.Combine(_folder, "text.db");
        File.WriteAllText(notADatabase, "this is not SQLite at all, just some text that is long enough to be a header............................");
        var wrong = CliRun.Of("scorecard", "--region", "常州市", "--year", "2024", "--db", notADatabase);
        Assert.Equal(1, wrong.ExitCode);
        Assert.Contains("cannot open the database", wrong.Stderr);
    }

    [Fact]
    public void RegionsComeFromACsvAndAreListedAsATree()
    {
        var csv = Path.Combine(_folder, "regions.csv");
        File.WriteAllText(csv, "code,name,parent_code\n320100,南京市,320000\n320102,玄武区,320100\n");
        var run = CliRun.Of("regions", "import", csv, "--db", Db);
        Assert.Equal(0, run.ExitCode);
        var list = CliRun.Of("regions", "list", "--all", "--db", Db);
        Assert.Contains("    320102 玄武区", list.Stdout);
        Assert.Contains("  320400 常州市", list.Stdout);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
