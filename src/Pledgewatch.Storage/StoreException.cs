namespace Pledgewatch.Storage;

/// <summary>The database cannot be opened, or an operation on it failed; the message is one line for people.</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>What was asked for does not exist (a region, a ballot): the web app answers 404.</summary>
    public bool IsNotFound { get; init; }
}
