namespace Pledgewatch.Architecture.Tests;

/// <summary>
/// Pages and endpoints read and write through the query and domain classes of Storage, never the
/// DbContext: no file of the web app names it, opens one, or imports EF Core's query operators.
/// </summary>
public sealed class WebReadsThroughQueriesTests
{
    private static readonly string[] Forbidden = ["PledgewatchDb", "CreateContext(", "DbContext", "using Microsoft.EntityFrameworkCore;"];

    [Fact]
    public void NoWebFileNamesTheDbContext()
    {
        var found = Offences(Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Web"));

        Assert.True(found.Count == 0, "read through a query class in Storage instead:\n" + string.Join("\n", found));
    }

    [Fact]
    public void APageOpeningAContextIsFound()
    {
        var folder = Directory.CreateTempSubdirectory("pledgewatch-arch-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Index.cshtml.cs"), "using Microsoft.EntityFrameworkCore;\n\nawait using var db = store.CreateContext();\n");

            Assert.Equal(["Index.cshtml.cs:1 using Microsoft.EntityFrameworkCore;", "Index.cshtml.cs:3 CreateContext("], Offences(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Offences(string root) =>
        [.. SourceLines.Under(root).SelectMany(l => Forbidden.Where(w => l.Line.Contains(w, StringComparison.Ordinal)).Select(w => $"{l.File}:{l.Number} {w}"))];
}
