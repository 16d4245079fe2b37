using BenchmarkDotNet.Attributes;
using Pledgewatch.Documents;
using Pledgewatch.Extraction;

namespace Pledgewatch.Benchmarks;

/// <summary>The whole pipeline, bytes to claims, over the corpus: decode, normalise, structure, grammar.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    // One core: the goal is stated per core, and large documents are otherwise split across cores.
    private static readonly ExtractionPipeline Pipeline = new ExtractionPipelineBuilder().UseParallelism(1).Build();

    private (string Name, byte[] Bytes)[] _corpus = [];
    private byte[] _oneMegabyte = [];

    public static long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = CorpusInput.Load();
        CorpusBytes = _corpus.Sum(d => (long)d.Bytes.Length);
        _oneMegabyte = CorpusInput.Synthetic(1 << 20);
    }

    /// <summary>Every corpus document once (about 110 KB of UTF-8).</summary>
    [Benchmark(Baseline = true)]
    public int Corpus()
    {
        var claims = 0;
        foreach (var (name, bytes) in _corpus)
        {
            var doc = DocumentReader.Read(name, bytes);
            claims += Pipeline.Extract(doc.Text, new DocumentInfo(name, "常州市", 2024, doc.Format)).Claims.Count;
        }

        return claims;
    }

    /// <summary>One megabyte of report text in one document.</summary>
    [Benchmark]
    public int OneMegabyte()
    {
        var doc = DocumentReader.Read("synthetic.txt", _oneMegabyte);
        return Pipeline.Extract(doc.Text, new DocumentInfo("synthetic.txt", "常州市", 2024)).Claims.Count;
    }

    public static long OneMegabyteBytes => 1 << 20;
}
