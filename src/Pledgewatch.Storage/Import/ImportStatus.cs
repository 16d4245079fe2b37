namespace Pledgewatch.Storage.Import;

/// <summary>What importing one file did.</summary>
public enum ImportStatus
{
    /// <summary>A document not seen before.</summary>
    New,

    /// <summary>New bytes for a document already stored: the next version.</summary>
    NewVersion,

    /// <summary>The same bytes are already stored; nothing changed.</summary>
    Unchanged,

    /// <summary>Not imported; nothing of it was stored.</summary>
    Failed,
}
