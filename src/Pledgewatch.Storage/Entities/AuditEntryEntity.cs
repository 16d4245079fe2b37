namespace Pledgewatch.Storage.Entities;

/// <summary>One line of the append-only audit log (the database refuses updates and deletes).</summary>
public sealed class AuditEntryEntity
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string Subject { get; set; }

    public string? Details { get; set; }
}
