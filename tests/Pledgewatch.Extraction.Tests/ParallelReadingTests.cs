using System.Text;
using Pledgewatch.Documents;

namespace Pledgewatch.Extraction.Tests;

public sealed class ParallelReadingTests
{
    [Fact]
    public void ALargeDocumentReadOnSeveralThreadsGivesTheSameClaimsAsOnOne()
    {
        var sb = new StringBuilder();
        foreach (var file in TestPaths.CorpusFiles().Where(f => f.EndsWith(".txt", StringComparison.Ordinal)))
        {
            sb.Append(DocumentReader.ReadFile(file).Text).Append('\n');
        }

        var unit = sb.ToString();
        while (sb.Length < 3_000_000)
        {
            sb.Append(unit);
        }

        var text = sb.ToString();
        var info = new DocumentInfo("big.txt", "常州市", 2024);
        var one = new ExtractionPipelineBuilder().UseParallelism(1).Build().Extract(text, info);
        var four = new ExtractionPipelineBuilder().UseParallelism(4).Build().Extract(text, info);

        Assert.True(one.Claims.Count > 10_000);
        Assert.Equal(one.Claims, four.Claims);
        Assert.Equal(one.Diagnostics, four.Diagnostics);
    }
}
