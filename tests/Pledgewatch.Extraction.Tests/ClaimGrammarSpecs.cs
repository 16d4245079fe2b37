namespace Pledgewatch.Extraction.Tests;

/// <summary>
/// Runs every example of the Markdown spec files in <c>Specs/</c>, each as its own test case named by
/// its file, line and heading (the arguments are plain values, so the runner lists and runs them one by one).
/// </summary>
public sealed class ClaimGrammarSpecs
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Specs");

    private static IEnumerable<SpecExample> All() =>
        Directory.GetFiles(Folder, "*.md").Order(StringComparer.Ordinal).SelectMany(SpecFile.Read);

    public static TheoryData<string, int, string> Examples()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var example in All())
        {
            data.Add(Path.GetFileName(example.File), example.Line, example.Heading);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example(string file, int line, string heading)
    {
        var example = SpecFile.Read(Path.Combine(Folder, file)).Single(e => e.Line == line);
        Assert.Equal(heading, example.Heading);
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
