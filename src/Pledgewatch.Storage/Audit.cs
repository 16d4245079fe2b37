using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>Adds a line to the append-only audit log, in the caller's transaction.</summary>
internal static class Audit
{
    public static void Add(PledgewatchDb db, TimeProvider clock, string actor, string action, string subject, string? details) =>
        db.AuditLog.Add(new AuditEntryEntity { At = clock.GetUtcNow(), Actor = actor, Action = action, Subject = subject, Details = details });
}
