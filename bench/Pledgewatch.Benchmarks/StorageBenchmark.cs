using System.Diagnostics;
using Pledgewatch.Cli.Tests;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Benchmarks;

/// <summary>
/// Scale of the storage: a synthetic corpus of N reports (the real ones with region and year varied)
/// imported into an empty SQLite file and an empty PostgreSQL database, then one region-year
/// scorecard built from each, many times, and the comparison of 常州市's districts on the most
/// widely shared indicator of that year.
/// </summary>
internal static class StorageBenchmark
{
    private const int ScorecardRuns = 300;

    private const int ComparisonRuns = 100;

    public static async Task RunAsync(int count, string? postgres)
    {
        var root = FindCorpus();
        var folder = Directory.CreateTempSubdirectory("pledgewatch-bench-").FullName;
        try
        {
            var docs = Path.Combine(folder, "docs");
            var bytes = SyntheticCorpus.Write(docs, count, root);
            var files = Directory.GetFiles(docs).Where(f => !f.EndsWith("index.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
            Console.WriteLine($"{files.Length} synthetic reports, {bytes / 1048576.0:0.0} MB, {Environment.ProcessorCount} cores, {Environment.OSVersion}");
            Console.WriteLine();
            Console.WriteLine("| engine | import (s) | documents | claims | scorecard median (ms) | p95 (ms) | rows | comparison median (ms) | p95 (ms) | regions judged |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            await MeasureAsync("SQLite", StoreLocation.Sqlite(Path.Combine(folder, "bench.db")), files);
            if (postgres is null)
            {
                Console.WriteLine("| PostgreSQL | not measured: set PLEDGEWATCH_TEST_POSTGRES (scripts/bench-storage.sh does) | | | | | | | | |");
                return;
            }

            var database = BenchDatabase.Postgres(postgres, "pw_bench_");
            await MeasureAsync("PostgreSQL", database, files);
            await BenchDatabase.DropAsync(postgres, database);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string engine, StoreLocation location, string[] files)
    {
        var clock = Stopwatch.StartNew();
        var store = await PledgewatchStore.OpenAsync(location);
        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(files);
        var import = clock.Elapsed.TotalSeconds;
        var failed = results.Count(r => r.Status == ImportStatus.Failed);
        if (failed > 0)
        {
            throw new InvalidOperationException($"{failed} reports failed: {results.First(r => r.Status == ImportStatus.Failed).Error}");
        }

        // The region and year with the most targets, as a staffer would open.
        var tracker = new Tracker(store);
        var (card, rows) = await Timing.RunAsync(20, ScorecardRuns, async () => (await tracker.ScorecardAsync("武进区", 2020))!.Rows.Count);

        // A journalist's page: every district of the city on one indicator.
        var (compared, judged) = await Timing.RunAsync(10, ComparisonRuns, async () => (await tracker.CompareAsync("常州市", 2020))!.Rows.Count(r => r.Judgement is not null));
        Console.WriteLine($"| {engine} | {import:0.0} | {results.Count} | {results.Sum(r => r.Claims)} | {card.Median:0.0} | {card.P95:0.0} | {rows} "
            + $"| {compared.Median:0.0} | {compared.P95:0.0} | {judged} |");
    }

    internal static string FindCorpus()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", "..", "shared", "corpus");
    }
}
