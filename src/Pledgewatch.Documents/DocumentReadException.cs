namespace Pledgewatch.Documents;

/// <summary>A file that cannot be read as a report; the message is one line that names the problem.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The file is refused for its size (unpacked bytes, pages) rather than for being broken.</summary>
    public bool TooLarge { get; init; }
}
