namespace Pledgewatch.Storage.Import;

/// <summary>
/// What makes two files versions of one document: the region, the report year, the type and the
/// title (or file name). Spelled here alone, for the importer and for a region merge.
/// </summary>
internal static class DocumentKey
{
    public static string Of(int regionId, int reportYear, object? type, string title) => $"{regionId}|{reportYear}|{type}|{title}";

    /// <summary>The same key with another region: the document as filed after a merge.</summary>
    public static string WithRegion(string key, int regionId)
    {
        var bar = key.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? $"{regionId}|{key}" : $"{regionId}{key[bar..]}";
    }
}
