namespace Pledgewatch.Extraction.Tests;

/// <summary>Runs every example of the Markdown spec files in <c>Specs/</c>.</summary>
public sealed class ClaimGrammarSpecs
{
    public static TheoryData<SpecExample> Examples()
    {
        var data = new TheoryData<SpecExample>();
        var folder = Path.Combine(AppContext.BaseDirectory, "Specs");
        foreach (var file in Directory.GetFiles(folder, "*.md").Order())
        {
            foreach (var example in SpecFile.Read(file))
            {
                data.Add(example);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ExampleGivesExactlyTheListedClaims(SpecExample example)
    {
        var format = example.Format == "markdown" ? TextFormat.Markdown : TextFormat.Plain;
        var result = ExtractionPipeline.Default.Extract(example.Input, new DocumentInfo("spec.txt", "测试市", example.ReportYear, format));
        var actual = result.Claims.Select(c => ClaimListing.Format(c, example.Input)).ToArray();
        Assert.True(
            example.Expected.SequenceEqual(actual),
            $"{example}\ninput:\n{example.Input}\nexpected:\n  {string.Join("\n  ", example.Expected)}\nactual:\n  {string.Join("\n  ", actual)}");
    }

    [Fact]
    public void SpecFilesHoldManyExamples()
    {
        Assert.True(Examples().Count >= 40, "the grammar is specified by at least 40 examples");
    }
}
