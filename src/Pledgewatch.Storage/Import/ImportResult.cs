namespace Pledgewatch.Storage.Import;

/// <summary>The result of importing one file.</summary>
/// <param name="Path">The file as given.</param>
/// <param name="Status">New, new version, unchanged or failed.</param>
/// <param name="Claims">Claims added (0 unless new).</param>
/// <param name="Error">Why it failed, in one line.</param>
/// <param name="DocumentId">The stored document (new or already there).</param>
/// <param name="Version">The stored document's version.</param>
/// <param name="UnresolvedRegion">The region's name when it is not in the national tree (filed without a code), else null.</param>
/// <param name="Changes">The verdicts it changed, when they were taken (an upload, or anyone follows something); else null.</param>
public sealed record ImportResult(string Path, ImportStatus Status, int Claims = 0, string? Error = null, long? DocumentId = null, int Version = 0, string? UnresolvedRegion = null,
    IReadOnlyList<Tracking.VerdictChange>? Changes = null)
{
    public static ImportResult Failed(string path, string error) => new(path, ImportStatus.Failed, Error: error);
}
