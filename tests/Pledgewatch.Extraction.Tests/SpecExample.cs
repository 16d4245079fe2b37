namespace Pledgewatch.Extraction.Tests;

/// <summary>One example of a spec file: a report fragment and the claims it must give.</summary>
public sealed record SpecExample(string File, int Line, string Heading, string Input, string[] Expected, int ReportYear, string Format)
{
    public override string ToString() => $"{Path.GetFileNameWithoutExtension(File)}:{Line} {Heading}";
}
