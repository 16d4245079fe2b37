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

    private static List<string> Offences(string root)
    {
        var found = new List<string>();
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal));
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var word in Forbidden.Where(w => lines[i].Contains(w, StringComparison.Ordinal)))
                {
                    found.Add($"{Path.GetRelativePath(root, file).Replace('\\', '/')}:{i + 1} {word}");
                }
            }
        }

        return found;
    }
}
