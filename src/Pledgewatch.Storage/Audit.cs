using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>Adds a line to the append-only audit log, in the caller's transaction.</summary>
internal static class Audit
{
    /// <returns>The line; its place in the chain is set when it is saved.</returns>
    public static AuditEntryEntity Add(PledgewatchDb db, TimeProvider clock, string actor, string action, string subject, string? details) =>
        db.AuditLog.Add(new AuditEntryEntity { At = clock.GetUtcNow(), Actor = actor, Action = action, Subject = subject, Details = details }).Entity;
}
