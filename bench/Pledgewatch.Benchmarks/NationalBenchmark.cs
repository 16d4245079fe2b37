using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Benchmarks;

/// <summary>
/// A researcher's database: N synthetic reports (default 30,000) over the national region tree,
/// ten years each (2016–2025) for the country, every province, every prefecture and then counties
/// until N is reached, each a corpus government report with its region and years changed. Imported
/// into one empty database in one process; then a province's scorecard and the comparison of the 31
/// provinces under 全国, many times each. Not real documents: the figures are the same in every
/// region, so only the times mean anything.
/// </summary>
internal static class NationalBenchmark
{
    private const int FirstYear = 2016;

    private const int Years = 10;

    private const int ScorecardRuns = 300;

    private const int ComparisonRuns = 100;

    public static async Task RunAsync(int count, string? postgres)
    {
        var folder = Directory.CreateTempSubdirectory("pledgewatch-national-").FullName;
        StoreLocation location = postgres is null
            ? StoreLocation.Sqlite(Path.Combine(folder, "national.db"))
            : BenchDatabase.Postgres(postgres, "pw_national_");
        try
        {
            var clock = Stopwatch.StartNew();
            var store = await PledgewatchStore.OpenAsync(location);
            var (tree, _) = await RegionDirectory.TreeAsync(store);
            var docs = Path.Combine(folder, "docs");
            var (files, bytes, regions) = Write(docs, count, tree, SourceReports());
            Console.WriteLine($"{files.Length} synthetic reports of {regions} regions, {bytes / 1048576.0:0} MB, written in {clock.Elapsed.TotalSeconds:0} s; "
                + $"{Environment.ProcessorCount} cores, {Environment.OSVersion}, {(postgres is null ? "SQLite" : "PostgreSQL")}");

            clock.Restart();
            var done = 0;
            var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(files, progress: _ =>
            {
                if (++done % 5000 == 0)
                {
                    Console.WriteLine($"  {done} stored after {clock.Elapsed.TotalSeconds:0} s");
                }
            });
            var import = clock.Elapsed;
            var failed = results.Where(r => r.Status == ImportStatus.Failed).ToList();
            if (failed.Count > 0)
            {
                throw new InvalidOperationException($"{failed.Count} reports failed: {failed[0].Path}: {failed[0].Error}");
            }

            var tracker = new Tracker(store);
            var province = tree.First(r => r.Level == "province").Name;
            var (card, cardRows) = await Timing.RunAsync(ScorecardRuns / 10, ScorecardRuns, async () => (await tracker.ScorecardAsync(province, 2020))!.Rows.Count);
            var (compare, judged) = await Timing.RunAsync(ComparisonRuns / 10, ComparisonRuns, async () => (await tracker.CompareAsync("全国", 2020))!.Rows.Count(r => r.Judgement is not null));
            Console.WriteLine();
            Console.WriteLine("| import | documents | claims | scorecard of a province, median / p95 | comparison of 31 provinces, median / p95 |");
            Console.WriteLine("|---|---|---|---|---|");
            Console.WriteLine($"| {import.TotalMinutes:0.0} min | {results.Count:N0} | {results.Sum(r => r.Claims):N0} | {card.Median:0.0} / {card.P95:0.0} ms ({cardRows} rows) "
                + $"| {compare.Median:0.0} / {compare.P95:0.0} ms ({judged} provinces judged) |");
        }
        finally
        {
            if (postgres is not null)
            {
                await BenchDatabase.DropAsync(postgres, location);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The corpus's reports of a government in plain text (work reports, excerpts, plan reports; no news), with the region each speaks for.</summary>
    private static (string Region, string Text)[] SourceReports()
    {
        var corpus = StorageBenchmark.FindCorpus();
        using var index = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(corpus, "index.json")));
        return [.. index.RootElement.EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() != "news" && e.GetProperty("file").GetString()!.EndsWith(".txt", StringComparison.Ordinal))
            .Select(e => (e.GetProperty("region").GetString()!, File.ReadAllText(Path.Combine(corpus, e.GetProperty("file").GetString()!))))];
    }

    /// <summary>
    /// Writes the reports and their index.json: the regions in tree order by level (country,
    /// provinces, prefectures, counties), ten years each, one source report per region so that
    /// each year's report answers the one before.
    /// </summary>
    private static (string[] Files, long Bytes, int Regions) Write(string folder, int count, List<RegionEntity> tree, (string Region, string Text)[] sources)
    {
        Directory.CreateDirectory(folder);
        string[] levels = ["country", "province", "city", "district", "county"];
        var regions = tree.Where(r => r.Code is not null && Array.IndexOf(levels, r.Level) >= 0)
            .OrderBy(r => Array.IndexOf(levels, r.Level) switch { 3 => 3, var l => l }).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Take((count + Years - 1) / Years).ToList();
        var index = new List<Dictionary<string, object>>(count);
        var files = new List<string>(count);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var region = regions[i / Years];
            var year = FirstYear + (i % Years);
            var (sourceRegion, text) = sources[i / Years % sources.Length];
            var moved = new StringBuilder(text)
                .Replace("2025年", $"{year + 1}年").Replace("2024年", $"{year}年").Replace("2023年", $"{year - 1}年")
                .Replace(sourceRegion, region.Name)
                .Append($"\n\n（样例数据 {i}，非真实文件）\n")
                .ToString();
            var file = $"national-{i:D5}.txt";
            var content = Encoding.UTF8.GetBytes(moved);
            File.WriteAllBytes(Path.Combine(folder, file), content);
            files.Add(Path.Combine(folder, file));
            bytes += content.Length;
            index.Add(new Dictionary<string, object>
            {
                ["file"] = file,
                ["region"] = region.Name,
                ["region_code"] = region.Code!,
                ["report_year"] = year,
                ["type"] = "government_work_report",
                ["title"] = $"{year}年{region.Name}政府工作报告（样例{i}）",
            });
        }

        File.WriteAllText(Path.Combine(folder, "index.json"), JsonSerializer.Serialize(index, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return ([.. files], bytes, regions.Count);
    }
}
