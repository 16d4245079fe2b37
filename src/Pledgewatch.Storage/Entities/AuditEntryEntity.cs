namespace Pledgewatch.Storage.Entities;

/// <summary>
/// One line of the append-only audit log. The database refuses updates and deletes, and every line
/// carries the hash of the line before it, so a rewritten, removed or inserted line breaks the chain
/// (<see cref="AuditChain"/>) even where the refusal was got round.
/// </summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string Subject { get; set; }

    public string? Details { get; set; }

    /// <summary>The line's place in the chain, from 1 with no gaps; null on lines written before the chain existed.</summary>
    public long? Seq { get; set; }

    /// <summary>The hash of the line before (hex SHA-256; empty on the first line).</summary>
    public string? PrevHash { get; set; }

    /// <summary>SHA-256 of this line's fields and <see cref="PrevHash"/>, in hex.</summary>
    public string? Hash { get; set; }
}
