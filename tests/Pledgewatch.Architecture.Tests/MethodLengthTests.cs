using System.Text.RegularExpressions;

namespace Pledgewatch.Architecture.Tests;

/// <summary>The claim reader stays readable: no method of it, in any of its files, is over 60 lines.</summary>
public sealed partial class MethodLengthTests
{
    private const int Most = 60;

    [Fact]
    public void NoMethodOfTheClaimReaderIsOver60Lines()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Extraction", "Grammar");
        var files = Directory.GetFiles(folder, "ClaimReader*.cs");
        Assert.NotEmpty(files);

        var tooLong = files.Order(StringComparer.Ordinal)
            .SelectMany(f => Methods(File.ReadAllLines(f)).Select(m => (File: Path.GetFileName(f), m.Name, m.Lines)))
            .Where(m => m.Lines > Most)
            .Select(m => $"{m.File} {m.Name}: {m.Lines} lines")
            .ToList();
        Assert.True(tooLong.Count == 0, string.Join("\n", tooLong));
    }

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
}
