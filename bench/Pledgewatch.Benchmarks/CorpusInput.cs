namespace Pledgewatch.Benchmarks;

/// <summary>The shared corpus, read once: file names and raw bytes.</summary>
internal static class CorpusInput
{
    public static string Folder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx")))
            {
                dir = dir.Parent;
            }

            var root = dir?.FullName ?? Directory.GetCurrentDirectory();
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus"));
        }
    }

    public static (string Name, byte[] Bytes)[] Load() =>
        Directory.GetFiles(Folder)
            .Where(f => !f.EndsWith("index.json", StringComparison.Ordinal))
            .Order()
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToArray();

    /// <summary>Corpus documents repeated until the text reaches <paramref name="bytes"/> of UTF-8.</summary>
    public static byte[] Synthetic(long bytes)
    {
        var docs = Load().Where(d => d.Name.EndsWith(".txt", StringComparison.Ordinal)).ToArray();
        using var output = new MemoryStream((int)Math.Min(bytes + 65536, int.MaxValue));
        var i = 0;
        while (output.Length < bytes)
        {
            var doc = docs[i++ % docs.Length].Bytes;
            output.Write(doc);
            output.WriteByte((byte)'\n');
        }

        return output.ToArray();
    }
}
