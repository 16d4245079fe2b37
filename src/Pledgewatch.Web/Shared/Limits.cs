namespace Pledgewatch.Web.Shared;

internal static class Limits
{
    /// <summary>The largest report an upload may carry (the reader's own limit).</summary>
    public const long UploadBytes = Documents.DocumentReader.DefaultMaxBytes;

    public const int MaxPageSize = 500;
}
