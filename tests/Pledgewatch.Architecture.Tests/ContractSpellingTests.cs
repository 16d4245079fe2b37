using System.Text.RegularExpressions;

namespace Pledgewatch.Architecture.Tests;

/// <summary>
/// The contract's spellings of claim kinds, measures and bounds live in ContractNames alone: any other
/// source file that needs one asks ContractNames (or compares the enum), so a new spelling is one edit.
/// </summary>
public sealed partial class ContractSpellingTests
{
    private static readonly string[] Spellings = ["target", "outcome", "growth", "level", "added", ">=", "<="];

    /// <summary>Files (under src/) whose literal is the same word for something else, with the reason.</summary>
    private static readonly (string File, string Literal, string Why)[] Elsewhere =
    [
        ("Pledgewatch.Storage/RegionDirectory.cs", "level", "the region file's column: a region's level in the tree"),
        ("Pledgewatch.Storage/Seeder.cs", "level", "the shipped region tree's column and the insert's parameter: a region's level in the tree"),
        ("Pledgewatch.Cli/Commands/Report.cs", "target", "a column heading of the scorecard table, a word for people"),
        ("Pledgewatch.Cli/Commands/Report.cs", "outcome", "a column heading of the scorecard table, a word for people"),
        ("Pledgewatch.Tracking/TrackingJson.cs", "target", "the property holding a scorecard row's target claim"),
        ("Pledgewatch.Web/Features/Compare/CompareRequest.cs", "target", "a column of the comparison to sort by, a word of its URL"),
        ("Pledgewatch.Web/Features/Compare/CompareRequest.cs", "outcome", "a column of the comparison to sort by, a word of its URL"),
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
        var separator = Path.DirectorySeparatorChar;
        foreach (var (file, number, text) in SourceLines.Under(root, f => !f.Contains($"{separator}Migrations{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}CompiledModel{separator}", StringComparison.Ordinal) && Path.GetFileName(f) != "ContractNames.cs"))
        {
            // Comments and the English words of a page (Html.T("目标", "target")) are for people, not the contract.
            if (text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            var line = PeopleWords().Replace(text, "");
            foreach (var spelling in Spellings)
            {
                if (line.Contains($"\"{spelling}\"", StringComparison.Ordinal) && !Elsewhere.Any(e => e.File == file && e.Literal == spelling))
                {
                    found.Add($"{file}:{number} \"{spelling}\"");
                }
            }
        }

        return found;
    }

    [GeneratedRegex("""[Hh]tml\.T\("[^"]*", "[^"]*"\)""")]
    private static partial Regex PeopleWords();
}
