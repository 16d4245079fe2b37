using Pledgewatch.Documents;

namespace Pledgewatch.Storage.Import;

/// <summary>A file to import: its bytes and what is known of it.</summary>
/// <param name="Path">Where it came from (for messages).</param>
/// <param name="Bytes">The file's content.</param>
/// <param name="Metadata">What an index.json says of it, if anything.</param>
/// <param name="Region">The user's region for it, overriding the metadata.</param>
/// <param name="Year">The user's report year for it, overriding the metadata.</param>
public sealed record ImportRequest(string Path, byte[] Bytes, DocumentMetadata? Metadata = null, string? Region = null, int? Year = null)
{
    public string Name => System.IO.Path.GetFileName(Path);
}
