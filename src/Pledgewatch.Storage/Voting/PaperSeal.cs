using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Voting;

/// <summary>
/// Sealing the papers at close. While a ballot is open a paper is written in the transaction of its
/// receipt, so the engine's own bookkeeping (SQLite's placement of rows in a page, PostgreSQL's
/// transaction ids and row positions) still follows the order of voting. Closing rewrites every paper
/// under a fresh random key, in an order that follows nothing, zeroes what the old rows left behind,
/// and publishes a digest of the set so that a changed paper shows.
/// </summary>
internal static class PaperSeal
{
    /// <summary>Rewrites the ballot's papers in the caller's (closing) transaction; returns their digest.</summary>
    public static async Task<string> ShuffleAsync(PledgewatchDb db, long ballotId, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql())
        {
            // Deleted rows are overwritten with zeros instead of lingering in free space.
            await db.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", ct);
        }

        var marks = await db.CastPapers.AsNoTracking().Where(p => p.BallotId == ballotId).Select(p => p.Marks).ToListAsync(ct);
        await db.CastPapers.Where(p => p.BallotId == ballotId).ExecuteDeleteAsync(ct);
        var shuffled = marks.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        foreach (var paper in shuffled)
        {
            db.CastPapers.Add(new CastPaperEntity { Id = RandomKey(), BallotId = ballotId, Marks = paper });
        }

        await db.SaveChangesAsync(ct);
        return Digest(marks);
    }

    /// <summary>The digest of the ballot's stored papers, for <c>ballot verify</c>.</summary>
    public static async Task<string> DigestAsync(PledgewatchDb db, long ballotId, CancellationToken ct) =>
        Digest(await db.CastPapers.AsNoTracking().Where(p => p.BallotId == ballotId).Select(p => p.Marks).ToListAsync(ct));

    /// <summary>The number of papers and SHA-256 over their marks sorted, one a line: the set, not its order.</summary>
    public static string Digest(IEnumerable<string> marks)
    {
        var sorted = marks.Order(StringComparer.Ordinal).ToList();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", sorted)));
        return $"{sorted.Count} sha256:{Convert.ToHexStringLower(hash)}";
    }

    /// <summary>The close's audit line: the tally as published and the papers' digest.</summary>
    public static string CloseLine(string? tally, string digest) => $"{tally}\npapers {digest}";

    /// <summary>
    /// After the close commits: empties SQLite's write-ahead log (which still holds the pages as they were
    /// written during the vote) or vacuums PostgreSQL's dead rows. Best effort: a busy database keeps its
    /// log until the next checkpoint, and the README says so.
    /// </summary>
    public static async Task ForgetOrderAsync(PledgewatchStore store, CancellationToken ct)
    {
        try
        {
            if (store.Location.IsPostgres)
            {
                await using var db = store.CreateContext();
                await db.Database.ExecuteSqlRawAsync("VACUUM cast_papers", ct);
                return;
            }

            var builder = new SqliteConnectionStringBuilder { DataSource = store.Location.SqlitePath, Pooling = false, DefaultTimeout = 2 };
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync(ct);
        }
        catch (Exception e) when (e is SqliteException or NpgsqlException or InvalidOperationException)
        {
            // The tally is published either way; the next checkpoint or autovacuum does the same.
        }
    }

    private static Guid RandomKey() => new(RandomNumberGenerator.GetBytes(16));
}
