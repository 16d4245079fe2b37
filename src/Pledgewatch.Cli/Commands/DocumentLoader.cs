using Pledgewatch.Documents;
using Pledgewatch.Extraction;

namespace Pledgewatch.Cli.Commands;

/// <summary>Reads a file with its metadata: index.json beside it, overridden by --region and --year.</summary>
internal static class DocumentLoader
{
    public static (DocumentText Text, DocumentInfo Info) Load(string path, string? region, int? year)
    {
        var text = DocumentReader.ReadFile(path);
        var metadata = DocumentMetadata.For(path);
        var info = new DocumentInfo(
            text.Name,
            region ?? metadata?.Region,
            year ?? metadata?.ReportYear,
            text.Format);
        return (text, info);
    }
}
