namespace Pledgewatch.Documents;

/// <summary>Turns the command line's paths into report files: a folder stands for the reports in it, recursively.</summary>
public static class ReportFiles
{
    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf",
    };

    /// <summary>Files as given (even if missing, so that the error names them); folders as their report files in name order.</summary>
    public static string[] Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (!Directory.Exists(path))
            {
                files.Add(path);
                continue;
            }

            files.AddRange(Directory
                .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                .Where(f => Extensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal));
        }

        return [.. files];
    }
}
