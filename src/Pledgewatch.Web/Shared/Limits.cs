namespace Pledgewatch.Web.Shared;

internal static class Limits
{
    /// <summary>The largest report an upload may carry (the reader's own limit).</summary>
    public const long UploadBytes = Documents.DocumentReader.DefaultMaxBytes;

    public const int MaxPageSize = 500;

    /// <summary>The largest body any request may carry unless its endpoint says more (forms, JSON): checked before it is read.</summary>
    public const long BodyBytes = 1024 * 1024;

    /// <summary>A citizen's feedback: 2,000 characters (three bytes each, percent-encoded in a form) and a name.</summary>
    public const long FeedbackBodyBytes = 32 * 1024;

    /// <summary>A progress report with its photo (the photo itself is 5 MB at most).</summary>
    public const long PhotoUploadBytes = 6 * 1024 * 1024;
}
