using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Pledgewatch.Benchmarks;
using Pledgewatch.Documents;
using Pledgewatch.Extraction;

// Benchmarks of the extraction pipeline.
//   dotnet run -c Release --project bench/Pledgewatch.Benchmarks              BenchmarkDotNet: MB/s and bytes allocated per MB
//   dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- scaling   time at 1, 10 and 50 MB (linear growth)
//   dotnet run -c Release --project bench/Pledgewatch.Benchmarks -- synth N F write N megabytes of report text to F
//   scripts/bench-votes.sh [N] [CLIENTS]                                      N ballots through the app over CLIENTS connections, SQLite and PostgreSQL
//   scripts/bench-storage.sh [N]                                               import N reports into SQLite and PostgreSQL, time a scorecard
//   scripts/bench-national.sh [N]                                              N reports over the national tree into PostgreSQL, time a scorecard and the 31 provinces' comparison
if (args.Length >= 2 && args[0] == "votes")
{
    // votes APP.dll [N] [CLIENTS]: scripts/bench-votes.sh publishes the app and passes it here.
    await VoteBenchmark.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 200, Environment.GetEnvironmentVariable("PLEDGEWATCH_TEST_POSTGRES"));
    return;
}

if (args.Length >= 1 && args[0] == "storage")
{
    await StorageBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1000, Environment.GetEnvironmentVariable("PLEDGEWATCH_TEST_POSTGRES"));
    return;
}

if (args.Length >= 1 && args[0] == "national")
{
    await NationalBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 30000, Environment.GetEnvironmentVariable("PLEDGEWATCH_TEST_POSTGRES"));
    return;
}

if (args.Length > 0 && args[0] == "scaling")
{
    Scaling();
    return;
}

if (args.Length == 3 && args[0] == "synth")
{
    File.WriteAllBytes(args[2], CorpusInput.Synthetic(long.Parse(args[1], CultureInfo.InvariantCulture) << 20));
    return;
}

var summary = BenchmarkRunner.Run<PipelineBenchmarks>(args: args);
Console.WriteLine();
Console.WriteLine("| Benchmark | input | mean | throughput | allocated per MB of input |");
Console.WriteLine("|---|---|---|---|---|");
foreach (var report in summary.Reports)
{
    if (report.ResultStatistics is null)
    {
        continue;
    }

    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    var bytes = name == nameof(PipelineBenchmarks.Corpus) ? CorpusInput.Load().Sum(d => (long)d.Bytes.Length) : PipelineBenchmarks.OneMegabyteBytes;
    var seconds = report.ResultStatistics.Mean / 1e9;
    var megabytes = bytes / 1048576.0;
    var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {megabytes:0.000} MB | {seconds * 1000:0.00} ms | {megabytes / seconds:0.0} MB/s | {allocated / megabytes / 1048576.0:0.0} MB |"));
}

static (double Seconds, int Claims) Best(ExtractionPipeline pipeline, byte[] bytes)
{
    var best = double.MaxValue;
    var claims = 0;
    for (var run = 0; run < 3; run++)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        var doc = DocumentReader.Read("synthetic.txt", bytes);
        claims = pipeline.Extract(doc.Text, new DocumentInfo("synthetic.txt", "常州市", 2024)).Claims.Count;
        best = Math.Min(best, watch.Elapsed.TotalSeconds);
    }

    return (best, claims);
}

static void Scaling()
{
    // Warm up the JIT on the corpus before timing anything.
    var warm = new PipelineBenchmarks();
    warm.Setup();
    for (var i = 0; i < 300; i++)
    {
        warm.Corpus();
    }

    // Let the tiered JIT finish compiling the hot methods in the background.
    Thread.Sleep(1000);
    warm.OneMegabyte();

    var oneCore = new ExtractionPipelineBuilder().UseParallelism(1).Build();
    Console.WriteLine($"| input | decode+extract, one core | throughput | all {Environment.ProcessorCount} cores | throughput | claims |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var megabytes in new[] { 1, 10, 50 })
    {
        var bytes = CorpusInput.Synthetic((long)megabytes << 20);
        var (single, claims) = Best(oneCore, bytes);
        var (parallel, _) = Best(ExtractionPipeline.Default, bytes);
        var size = bytes.Length / 1048576.0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {megabytes} MB | {single * 1000:0} ms | {size / single:0.0} MB/s | {parallel * 1000:0} ms | {size / parallel:0.0} MB/s | {claims} |"));
    }
}
