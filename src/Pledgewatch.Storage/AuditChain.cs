using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>
/// The audit log as a hash chain: each line carries the hash of the one before, so rewriting, removing
/// or slipping in a line shows on a walk from the first line, whether or not the database's triggers
/// were in place when it happened. Lines are linked in <see cref="PledgewatchDb.SaveChangesAsync(bool, CancellationToken)"/>,
/// under a lock that admits one writer of the log at a time.
/// </summary>
public static class AuditChain
{
    /// <summary>The triggers that refuse changes to the log, by engine.</summary>
    public static readonly IReadOnlyList<string> SqliteTriggers = ["audit_log_no_update", "audit_log_no_delete", "audit_log_no_replace"];

    public static readonly IReadOnlyList<string> PostgresTriggers = ["audit_log_no_change", "audit_log_no_truncate"];

    // Any constant: the key of the advisory lock that serialises appends on PostgreSQL.
    private const long PostgresLockKey = 0x5057_4155_4449_54;

    /// <summary>The hash of a line: SHA-256 over its fields and the previous hash, as an unambiguous JSON array.</summary>
    public static string HashOf(long seq, DateTimeOffset at, string actor, string action, string subject, string? details, string prevHash)
    {
        var canonical = JsonSerializer.Serialize(new object?[] { seq, Stamp(at), actor, action, subject, details, prevHash });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Times are kept to the millisecond, which both engines store exactly.</summary>
    private static DateTimeOffset Truncate(DateTimeOffset at) => DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());

    private static string Stamp(DateTimeOffset at) => Truncate(at).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Links new lines onto the chain's head, in the caller's transaction, holding the log's write lock until it ends.</summary>
    internal static async Task LinkAsync(PledgewatchDb db, IReadOnlyList<AuditEntryEntity> lines, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({PostgresLockKey})", ct);
        }

        // On SQLite the transaction holds the write lock from its start (BEGIN IMMEDIATE).
        var head = await HeadAsync(db, ct);
        var (seq, prev) = head is { } h ? (h.Seq, h.Hash) : (0L, "");
        foreach (var line in lines)
        {
            line.At = Truncate(line.At);
            line.Seq = ++seq;
            line.PrevHash = prev;
            line.Hash = prev = HashOf(seq, line.At, line.Actor, line.Action, line.Subject, line.Details, line.PrevHash);
        }
    }

    /// <summary>The last linked line, or null on an empty chain.</summary>
    private static async Task<(long Seq, string Hash)?> HeadAsync(PledgewatchDb db, CancellationToken ct)
    {
        var head = await db.AuditLog.AsNoTracking().Where(a => a.Seq != null).OrderByDescending(a => a.Seq)
            .Select(a => new { a.Seq, a.Hash }).FirstOrDefaultAsync(ct);
        return head is null ? null : (head.Seq!.Value, head.Hash ?? "");
    }

    /// <summary>Walks the whole chain and the log's triggers.</summary>
    /// <returns>What is wrong, one line each; empty when the chain is whole and the triggers are in place.</returns>
    public static async Task<IReadOnlyList<string>> CheckAsync(PledgewatchDb db, CancellationToken ct)
    {
        var problems = new List<string>();
        var expected = 1L;
        var prev = "";
        await foreach (var line in db.AuditLog.AsNoTracking().Where(a => a.Seq != null).OrderBy(a => a.Seq).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (line.Seq != expected)
            {
                problems.Add($"audit line {expected} is missing (the next is {line.Seq})");
                expected = line.Seq!.Value;
            }

            if (line.PrevHash != prev)
            {
                problems.Add($"audit line {line.Seq} does not follow the line before it (its previous hash {Short(line.PrevHash)}, the line before hashes to {Short(prev)})");
            }

            var hash = HashOf(line.Seq!.Value, line.At, line.Actor, line.Action, line.Subject, line.Details, line.PrevHash ?? "");
            if (hash != line.Hash)
            {
                problems.Add($"audit line {line.Seq} was changed after it was written ({line.Action} {line.Subject}: it hashes to {Short(hash)}, recorded {Short(line.Hash)})");
            }

            prev = line.Hash ?? "";
            expected++;
        }

        // Lines from before the chain existed have no place in it; one without a place after it began was slipped in.
        var firstLinked = await db.AuditLog.Where(a => a.Seq != null).MinAsync(a => (long?)a.Id, ct);
        var slipped = firstLinked is { } first ? await db.AuditLog.CountAsync(a => (a.Seq == null || a.Hash == null) && a.Id > first, ct) : 0;
        if (slipped > 0)
        {
            problems.Add($"{slipped} audit line(s) without a place in the chain were added after it began");
        }

        var present = await TriggerNamesAsync(db, ct);
        var missing = (db.Database.IsNpgsql() ? PostgresTriggers : SqliteTriggers).Where(t => !present.Contains(t)).ToList();
        if (missing.Count > 0)
        {
            problems.Add($"the audit log's protection was removed: trigger {string.Join(", ", missing)} is missing");
        }

        return problems;
    }

    private static async Task<HashSet<string>> TriggerNamesAsync(PledgewatchDb db, CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT tgname::text AS \"Value\" FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal AND tgenabled <> 'D'"
            : "SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'";
        return [.. await db.Database.SqlQueryRaw<string>(sql).ToListAsync(ct)];
    }

    private static string Short(string? hash) => string.IsNullOrEmpty(hash) ? "(none)" : hash[..Math.Min(12, hash.Length)];
}
