using System.Text.RegularExpressions;

namespace Pledgewatch.Architecture.Tests;

/// <summary>
/// The claim reader stays readable: no method of it or of the constructs it is made of is over 60
/// lines, and it keeps no mutable state of its own (what one sentence leaves to the next is in
/// Antecedents, where the reader is in ClaimMaker).
/// </summary>
public sealed partial class MethodLengthTests
{
    private const int Most = 60;

    private static readonly string Grammar = Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Extraction", "Grammar");

    /// <summary>The claim reader's own files and the constructs it delegates to.</summary>
    private static string[] ClaimReading() =>
    [
        .. Directory.GetFiles(Grammar, "ClaimReader*.cs"),
        .. new[] { "QuantityFinder.cs", "DirectionReader.cs", "ClaimMaker.cs", "Antecedents.cs", "Clauses.cs" }.Select(f => Path.Combine(Grammar, f)),
    ];

    [Fact]
    public void NoMethodOfTheClaimReaderIsOver60Lines()
    {
        var files = ClaimReading();
        Assert.True(files.Length >= 8 && files.All(File.Exists), string.Join(", ", files.Where(f => !File.Exists(f))));

        var tooLong = files.Order(StringComparer.Ordinal)
            .SelectMany(f => Methods(File.ReadAllLines(f)).Select(m => (File: Path.GetFileName(f), m.Name, m.Lines)))
            .Where(m => m.Lines > Most)
            .Select(m => $"{m.File} {m.Name}: {m.Lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

    [Fact]
    public void TheClaimReaderKeepsNoMutableStateOfItsOwn()
    {
        var files = Directory.GetFiles(Grammar, "ClaimReader*.cs");
        Assert.NotEmpty(files);
        var mutable = files.Order(StringComparer.Ordinal)
            .SelectMany(f => MutableFields(File.ReadAllLines(f)).Select(name => $"{Path.GetFileName(f)}: {name}"))
            .ToList();
        Assert.True(mutable.Count == 0, string.Join("\n", mutable));
    }

    [Fact]
    public void AMutableFieldIsFound()
    {
        string[] source =
        [
            "internal sealed class C",
            "{",
            "    private static readonly int Shared = 1;",
            "    private readonly List<int> _kept = [];",
            "    private int _count;",
            "    private string? _last = null;",
            "    private int Count() => _count;",
            "}",
        ];

        Assert.Equal(["_count", "_last"], MutableFields(source));
    }

    /// <summary>Instance fields at class level that are not readonly.</summary>
    private static List<string> MutableFields(string[] lines) =>
        lines.Select(l => Field().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void ALongMethodIsMeasured()
    {
        string[] source =
        [
            "internal sealed class C",
            "{",
            "    private int Short(int a) => a;",
            "",
            "    private void Long(int s)",
            "    {",
            .. Enumerable.Repeat("        s++;", 70),
            "    }",
            "}",
        ];

        Assert.Equal([("Long", 73)], Methods(source));
    }

    /// <summary>Methods with a block body at class level: from the signature to the closing brace.</summary>
    private static List<(string Name, int Lines)> Methods(string[] lines)
    {
        var found = new List<(string, int)>();
        for (var i = 0; i < lines.Length; i++)
        {
            var signature = Signature().Match(lines[i]);
            if (!signature.Success || lines[i].TrimEnd().EndsWith(';') || lines[i].Contains("=>", StringComparison.Ordinal))
            {
                continue;
            }

            var end = Array.IndexOf(lines, "    }", i);
            if (end < 0)
            {
                break;
            }

            found.Add((signature.Groups[1].Value, end - i + 1));
            i = end;
        }

        return found;
    }

    [GeneratedRegex(@"^    (?:private|internal|public|protected)\b[^=(]*?(\w+)(?:<[^>]*>)?\(")]
    private static partial Regex Signature();

    [GeneratedRegex(@"^    (?:private|internal|public|protected) (?!static|readonly|const)[\w<>\[\]?,() ]+? (_\w+)(?: = [^;]+)?;\s*$")]
    private static partial Regex Field();
}
