namespace Pledgewatch.Architecture.Tests;

/// <summary>The lines of the C# and Razor sources under a folder, build output left out, for the tests that read code as text.</summary>
internal static class SourceLines
{
    /// <summary>Each line with its file (relative to <paramref name="root"/>, with forward slashes) and its number from 1, files in name order.</summary>
    public static IEnumerable<(string File, int Number, string Line)> Under(string root, Func<string, bool>? include = null)
    {
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(root, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .Where(f => include?.Invoke(f) ?? true)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                yield return (relative, i + 1, lines[i]);
            }
        }
    }
}
