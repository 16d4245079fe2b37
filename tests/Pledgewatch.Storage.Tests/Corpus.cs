using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Storage.Tests;

/// <summary>The shared corpus, imported.</summary>
internal static class Corpus
{
    public static string Folder => TestPaths.Corpus;

    public static Task<IReadOnlyList<ImportResult>> ImportAsync(PledgewatchStore store) =>
        new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(TestPaths.CorpusFiles());

    /// <summary>A folder of its own for made-up documents, with an index.json like the corpus's.</summary>
    public static string MadeUpFolder(params (string File, string Text, string IndexEntry)[] documents)
    {
        var folder = Directory.CreateTempSubdirectory("pledgewatch-docs-").FullName;
        foreach (var (file, text, _) in documents)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }

        File.WriteAllText(Path.Combine(folder, "index.json"), "[" + string.Join(",", documents.Select(d => d.IndexEntry)) + "]");
        return folder;
    }
}
