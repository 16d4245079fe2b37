namespace Pledgewatch.Documents;

/// <summary>A file that cannot be read as a report; the message is one line that names the problem.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);
