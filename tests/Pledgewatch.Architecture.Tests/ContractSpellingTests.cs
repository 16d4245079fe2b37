using System.Text.RegularExpressions;

namespace Pledgewatch.Architecture.Tests;

/// <summary>
/// The contract's spellings of claim kinds, measures and bounds live in ContractNames alone: any other
/// source file that needs one asks ContractNames (or compares the enum), so a new spelling is one edit.
/// </summary>
public sealed partial class ContractSpellingTests
{
    private static readonly string[] Spellings = ["target", "outcome", "growth", "level", "added", ">=", "<="];

    /// <summary>Files whose literal is the same word for something else, with the reason.</summary>
    private static readonly (string File, string Literal, string Why)[] Elsewhere =
    [
        ("src/Pledgewatch.Storage/RegionDirectory.cs", "level", "the region file's column: a region's level in the tree"),
        ("src/Pledgewatch.Cli/Commands/Report.cs", "target", "a column heading of the scorecard table, a word for people"),
        ("src/Pledgewatch.Cli/Commands/Report.cs", "outcome", "a column heading of the scorecard table, a word for people"),
        ("src/Pledgewatch.Tracking/TrackingJson.cs", "target", "the property holding a scorecard row's target claim"),
    ];

    [Fact]
    public void NoContractSpellingOutsideContractNames()
    {
        var found = Offences(Path.Combine(TestPaths.RepositoryRoot, "src"));

        Assert.True(found.Count == 0, "spell these through ContractNames:\n" + string.Join("\n", found));
    }

    [Fact]
    public void ALiteralSpellingIsFound()
    {
        var folder = Directory.CreateTempSubdirectory("pledgewatch-arch-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "Query.cs"), "var targets = claims.Where(c => c.Kind == \"target\");\n");
            File.WriteAllText(Path.Combine(folder, "Page.cshtml"), "<span>@Html.T(\"目标\", \"target\")</span>\n");

            Assert.Equal(["Query.cs:1 \"target\""], Offences(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Offences(string root)
    {
        var found = new List<string>();
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !IsGenerated(f) && Path.GetFileName(f) != "ContractNames.cs");
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(TestPaths.RepositoryRoot, file).Replace('\\', '/');
            var shown = file.StartsWith(TestPaths.RepositoryRoot, StringComparison.Ordinal) ? relative : Path.GetRelativePath(root, file);
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                // Comments and the English words of a page (Html.T("目标", "target")) are for people, not the contract.
                if (lines[i].TrimStart().StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var line = PeopleWords().Replace(lines[i], "");
                foreach (var spelling in Spellings)
                {
                    if (line.Contains($"\"{spelling}\"", StringComparison.Ordinal)
                        && !Elsewhere.Any(e => e.File == relative && e.Literal == spelling))
                    {
                        found.Add($"{shown}:{i + 1} \"{spelling}\"");
                    }
                }
            }
        }

        return found;
    }

    private static bool IsGenerated(string file) =>
        file.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    [GeneratedRegex("""Html\.T\("[^"]*", "[^"]*"\)""")]
    private static partial Regex PeopleWords();
}
