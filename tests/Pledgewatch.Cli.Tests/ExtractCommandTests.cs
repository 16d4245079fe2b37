using System.Text;
using System.Text.Json;

namespace Pledgewatch.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pw-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteText(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void JsonlFollowsTheContract()
    {
        var run = CliRun.Of("extract", CliRun.Corpus("changzhou-2024-government-work-report.txt"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 100);
        var first = JsonDocument.Parse(lines[0]).RootElement;
        var names = first.EnumerateObject().Select(p => p.Name).Take(13).ToArray();
        Assert.Equal(["doc", "kind", "year", "period_start", "region", "indicator", "measure", "op", "value", "unit", "text", "start", "end"], names);
        Assert.All(lines, l => Assert.True(JsonDocument.Parse(l).RootElement.TryGetProperty("period_start", out _), l));
        Assert.Equal("changzhou-2024-government-work-report.txt", first.GetProperty("doc").GetString());
        Assert.Equal("常州市", first.GetProperty("region").GetString());

        // Whole values are written without exponent: 680.3亿元 is 68030000000.
        Assert.Contains(lines, l => l.Contains("\"value\":68030000000,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"value\":null,", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\\u", StringComparison.Ordinal));
    }

    [Fact]
    public void PeriodsAndRangesAreWritten()
    {
        var path = WriteText("periods.txt", "一、工作回顾\n过去五年，地区生产总值年均增长5.6%。\n一年来，地区生产总值增长5.2%。\n二、2026年主要预期目标\n地区生产总值增长4.5%—5%。\n");
        var run = CliRun.Of("extract", path, "--region", "某某市", "--year", "2026");
        Assert.Equal(0, run.ExitCode);
        var claims = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, claims.Count);
        Assert.Equal((2021, 2025), (claims[0].GetProperty("period_start").GetInt32(), claims[0].GetProperty("year").GetInt32()));
        Assert.Equal((2025, 2025), (claims[1].GetProperty("period_start").GetInt32(), claims[1].GetProperty("year").GetInt32()));
        foreach (var end in claims.Skip(2))
        {
            Assert.Equal("[4.5,5]", end.GetProperty("range").GetRawText());
        }

        Assert.False(claims[0].TryGetProperty("range", out _));
    }

    [Fact]
    public void RegionAndYearOptionsOverrideTheMetadata()
    {
        var path = WriteText("report.txt", "一、2021年工作回顾\n新建学校5所。\n");
        var run = CliRun.Of("extract", path, "--region", "某某县", "--year", "2022");
        Assert.Equal(0, run.ExitCode);
        var claim = JsonDocument.Parse(run.Stdout.Trim()).RootElement;
        Assert.Equal("某某县", claim.GetProperty("region").GetString());
        Assert.Equal(2021, claim.GetProperty("year").GetInt32());
    }

    [Fact]
    public void CsvHasAHeaderAndABomForExcel()
    {
        var path = WriteText("report.txt", "一、2023年工作回顾\n新增学位1.2万个，“新三样”出口增长12%，“A,B”类企业达3家。\n");
        var run = CliRun.Of("extract", path, "--format", "csv", "--region", "某市", "--year", "2024");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("\uFEFFdoc,kind,year,region,indicator,measure,op,value,unit,text,start,end", run.Stdout);
        Assert.Contains("report.txt,outcome,2023,某市,学位,added,=,12000,个,", run.Stdout);
        Assert.Contains(",“新三样”产品出口,growth,=,12,%,", run.Stdout);
        Assert.Contains(",\"“A,B”类企业\",level,=,3,家,", run.Stdout);
    }

    [Fact]
    public void TableIsForPeople()
    {
        var run = CliRun.Of("extract", CliRun.Corpus("wujin-2024-government-work-report-excerpt.txt"), "--format", "table");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wujin-2024-government-work-report-excerpt.txt", run.Stdout);
        Assert.Contains("地区生产总值", run.Stdout);
        Assert.Contains("claims", run.Stdout);
        Assert.Contains("3240亿", run.Stdout);
    }

    [Fact]
    public void BadFilesAreNamedAndTheRunGoesOn()
    {
        var random = new byte[8192];
        new Random(3).NextBytes(random);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var good = WriteText("good.txt", "一、2023年工作回顾\n新增学位1.2万个。\n");
        var files = new[]
        {
            Write("random.bin", random),
            Write("empty.txt", []),
            Write("truncated.txt", Encoding.UTF8.GetBytes("一、2023年工作回顾\n新建学校3所。增长")[..^1]),
            Write("gbk.txt", Encoding.GetEncoding(936).GetBytes("一、2023年工作回顾\n新建公园12个。\n")),
            WriteText("digits.txt", string.Concat(Enumerable.Repeat("1234567890", 100_000))),
            Path.Combine(_dir, "missing.txt"),
            good,
        };
        var run = CliRun.Of(["extract", .. files, "--region", "某区", "--year", "2024"]);

        Assert.Equal(1, run.ExitCode);
        var errors = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, errors.Length);
        Assert.Contains(errors, e => e.Contains("random.bin: ", StringComparison.Ordinal) && e.Contains("not", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("empty.txt: empty file", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.EndsWith("missing.txt: no such file", StringComparison.Ordinal));
        Assert.Contains("\"doc\":\"truncated.txt\"", run.Stdout);
        Assert.Contains("\"doc\":\"gbk.txt\"", run.Stdout);
        Assert.Contains("\"doc\":\"good.txt\"", run.Stdout);
        Assert.DoesNotContain("\"doc\":\"digits.txt\"", run.Stdout);

        // Files are read on all cores and written in the order given, failures too.
        Assert.Equal(["random.bin", "empty.txt", "missing.txt"], errors.Select(e => Path.GetFileName(e.Split(": ")[1])));
        var docs = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()).Distinct();
        Assert.Equal(["truncated.txt", "gbk.txt", "good.txt"], docs);
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(65L * 1024 * 1024);
        }

        var run = CliRun.Of("extract", path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("huge.txt: too large", run.Stderr);
    }

    [Fact]
    public void AFiftyMegabyteReportIsRead()
    {
        var report = File.ReadAllText(CliRun.Corpus("changzhou-2024-government-work-report.txt"));
        var sb = new StringBuilder(52 * 1024 * 1024);
        while (Encoding.UTF8.GetByteCount(sb.ToString(0, Math.Min(sb.Length, 10))) >= 0 && sb.Length * 3 < 50 * 1024 * 1024)
        {
            sb.Append(report);
        }

        var path = WriteText("big.txt", sb.ToString());
        var run = CliRun.Of("extract", path, "--region", "常州市", "--year", "2024");
        Assert.Equal(0, run.ExitCode);
        Assert.True(run.Stdout.Count(c => c == '\n') > 10_000);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("extract", "--help")]
    [InlineData("text", "--help")]
    public void EveryCommandHasHelp(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage", run.Stdout);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("extract", "a.txt", "--format", "xml")]
    [InlineData("frobnicate")]
    [InlineData("extract", "a.txt", "--year", "soon")]
    public void UsageErrorsExitWithTwo(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("pledgewatch: ", run.Stderr);
    }

    [Fact]
    public void AFolderStandsForTheReportsInIt()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_dir, "2024", "区县")).FullName;
        File.WriteAllText(Path.Combine(_dir, "a.txt"), "一、2023年工作回顾\n新建学校3所。\n");
        File.WriteAllText(Path.Combine(sub, "b.md"), "### 2023年工作回顾\n新增学位**1200个**。\n");
        File.WriteAllText(Path.Combine(sub, "index.json"), "[{\"file\": \"b.md\", \"region\": \"某区\", \"report_year\": 2024}]");
        File.WriteAllText(Path.Combine(sub, "notes.csv"), "not,a,report");
        var run = CliRun.Of("extract", _dir, "--year", "2024");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"doc\":\"b.md\",\"kind\":\"outcome\",\"year\":2023,\"period_start\":2023,\"region\":\"某区\"", lines[0]);
        Assert.Contains("\"doc\":\"a.txt\"", lines[1]);
    }

    [Fact]
    public void DiagnosticsListWhatWasLeftOut()
    {
        var path = WriteText("report.txt", "一、2023年工作回顾\n新增学位1.2万个，建成12345热线分中心。\n");
        var run = CliRun.Of("extract", path, "--region", "某市", "--year", "2024", "--diagnostics");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("report.txt:", run.Stderr);
        Assert.Contains("PW001 number without a unit", run.Stderr);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void TextPrintsTheNormalisedText()
    {
        var path = WriteText("wrapped.txt", "全年新增城镇就业３．２万人，净增高新技术企业一百多家，新建各类学校和幼儿园共计12\n\n所。\n");
        var run = CliRun.Of("text", path);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("全年新增城镇就业3.2万人，净增高新技术企业一百多家，新建各类学校和幼儿园共计12所。\n", run.Stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
    }
}
