using Xunit;

namespace Pledgewatch.Testing;

/// <summary>Finds the repository and the shared corpus beside it (../shared/corpus).</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Corpus => Path.Combine(RepositoryRoot, "..", "shared", "corpus");

    /// <summary>The real report series of other governments (../shared/series).</summary>
    public static string Series(string name) => Path.Combine(RepositoryRoot, "..", "shared", "series", name);

    /// <summary>The corpus files; fails loudly when the corpus is missing, since tests must not skip.</summary>
    public static string[] CorpusFiles()
    {
        var files = Directory.Exists(Corpus)
            ? Directory.GetFiles(Corpus).Where(f => !f.EndsWith("index.json", StringComparison.Ordinal)).Order().ToArray()
            : [];
        Assert.True(files.Length > 0, $"The corpus is expected at {Corpus}.");
        return files;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Pledgewatch.slnx not found above " + AppContext.BaseDirectory);
    }
}
