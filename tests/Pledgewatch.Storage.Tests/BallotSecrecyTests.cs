using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Tests;

/// <summary>
/// The secret ballot against its administrator: deputies vote in a known order with papers that can be
/// told apart; after close the test reads the database as someone holding the file (or the server's
/// superuser) would — every table in physical and key order, every column, <c>xmin</c> and <c>ctid</c>
/// on PostgreSQL, the raw SQLite file and its write-ahead log, the audit log, the logs the store wrote —
/// and tries to pair the receipts (who voted, in order) with the papers (what was voted).
/// </summary>
public sealed class BallotSecrecyTests
{
    private const int Deputies = 24, Items = 5;

    /// <summary>
    /// Of 24, a random pairing hits one on average and 9 or more about once in a million; linking by
    /// insertion order hits all 24.
    /// </summary>
    private const int ChanceCeiling = 8;

    private static readonly DateTimeOffset Opens = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnAdministratorWithTheDatabaseCannotTellWhoVotedHow(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var logs = new ConcurrentQueue<string>();
        var store = await test.OpenAsync(o => o.UseLoggerFactory(LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(new Recorder(logs)))));
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "保密性测试（样例）", Opens, Opens.AddHours(3), IsSample: true), Items, "congress-office");
        var candidates = new List<long>();
        for (var i = 1; i <= Items; i++)
        {
            candidates.Add((await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = $"样例项目{i}", IsSample = true }, "congress-office")).Id);
        }

        var roster = "code,name\n" + string.Join("\n", Enumerable.Range(1, Deputies).Select(i => $"D{i:D2},样例代表{i}"));
        await ballots.ImportRosterAsync(ballot.Id, new StringReader(roster), "congress-office", sample: true);

        // Deputy i marks candidate j 赞成 when bit j of i is set, else 反对: every paper differs.
        var truth = new Dictionary<string, string>();
        for (var i = 1; i <= Deputies; i++)
        {
            clock.SetUtcNow(Opens.AddMinutes(i));
            var paper = candidates.Select((c, j) => (c, (i >> j & 1) == 1 ? Choice.Approve : Choice.Oppose)).ToDictionary(p => p.c, p => p.Item2);
            Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot.Id, $"D{i:D2}", Guid.NewGuid(), paper)).Outcome);
            truth[$"D{i:D2}"] = Marks.Write(paper);
        }

        clock.SetUtcNow(Opens.AddHours(4));
        await ballots.CloseAsync(ballot.Id, "congress-office");
        Assert.Equal(Deputies, truth.Values.Distinct().Count());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using var db = store.CreateContext();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var postgres = db.Database.IsNpgsql();
        string Q(string name) => postgres ? $"\"{name}\"" : name;

        // Who voted, in the order they voted: by receipt key, receipt time, and the audit lines that name them.
        var codes = await db.Deputies.Where(d => d.BallotId == ballot.Id).ToDictionaryAsync(d => d.Id, d => d.Code);
        var receiptOrders = new Dictionary<string, List<string>>
        {
            ["receipts by id"] = (await db.VoteReceipts.Where(r => r.BallotId == ballot.Id).OrderBy(r => r.Id).Select(r => r.DeputyId).ToListAsync()).Select(d => codes[d]).ToList(),
            ["receipts by time"] = [.. (await db.VoteReceipts.Where(r => r.BallotId == ballot.Id).ToListAsync()).OrderBy(r => r.At).Select(r => codes[r.DeputyId])],
        };
        var audit = await db.AuditLog.OrderBy(a => a.Id).ToListAsync();
        receiptOrders["audit lines"] = audit.Select(a => truth.Keys.FirstOrDefault(c => (a.Actor + " " + a.Details).Contains(c, StringComparison.Ordinal))).OfType<string>().Distinct().ToList();
        Assert.Equal(Deputies, receiptOrders["receipts by id"].Count);

        // What was voted, in every order the database offers.
        var paperOrders = new Dictionary<string, List<string>>
        {
            ["papers as stored"] = await ReadAsync(connection, $"SELECT {Q("Marks")} FROM cast_papers WHERE {Q("BallotId")} = {ballot.Id}"),
        };
        foreach (var column in await ColumnsAsync(connection, postgres))
        {
            paperOrders[$"papers by {column}"] = await ReadAsync(connection, $"SELECT {Q("Marks")} FROM cast_papers WHERE {Q("BallotId")} = {ballot.Id} ORDER BY {Q(column)}");
        }

        if (postgres)
        {
            paperOrders["papers by ctid"] = await ReadAsync(connection, $"SELECT \"Marks\" FROM cast_papers WHERE \"BallotId\" = {ballot.Id} ORDER BY ctid");
            paperOrders["papers by xmin"] = await ReadAsync(connection, $"SELECT \"Marks\" FROM cast_papers WHERE \"BallotId\" = {ballot.Id} ORDER BY xmin::text::bigint");

            // A receipt and a paper written by one transaction share its id.
            var receiptXmin = await PairsAsync(connection, $"SELECT xmin::text, \"DeputyId\"::text FROM vote_receipts WHERE \"BallotId\" = {ballot.Id}");
            var paperXmin = await PairsAsync(connection, $"SELECT xmin::text, \"Marks\" FROM cast_papers WHERE \"BallotId\" = {ballot.Id}");
            var linked = receiptXmin.Count(r => paperXmin.Count(p => p.Key == r.Key) == 1 && truth[codes[long.Parse(r.Value)]] == paperXmin.Single(p => p.Key == r.Key).Value);
            Assert.True(linked <= ChanceCeiling, $"xmin links {linked} of {Deputies} receipts to their papers");
        }
        else
        {
            try
            {
                paperOrders["papers by rowid"] = await ReadAsync(connection, $"SELECT Marks FROM cast_papers WHERE BallotId = {ballot.Id} ORDER BY rowid");
            }
            catch (DbException)
            {
                // No rowid: the table is kept in the order of its random key.
            }

            // The bytes on disk: where each paper sits in the file and in its write-ahead log.
            var path = test.Location.SqlitePath!;
            foreach (var file in new[] { path, path + "-wal", path + "-journal" }.Where(File.Exists))
            {
                var bytes = await ReadSharedAsync(file);
                var at = truth.Values.Select(m => (Marks: m, At: IndexOf(bytes, Encoding.UTF8.GetBytes(m)))).Where(p => p.At >= 0).ToList();
                paperOrders[$"first bytes in {Path.GetFileName(file)}"] = [.. at.OrderBy(p => p.At).Select(p => p.Marks)];
                paperOrders[$"last bytes in {Path.GetFileName(file)}"] = [.. at.OrderByDescending(p => p.At).Select(p => p.Marks)];
            }
        }

        foreach (var (who, deputies) in receiptOrders)
        {
            foreach (var (what, papers) in paperOrders)
            {
                foreach (var order in new[] { papers, Enumerable.Reverse(papers).ToList() })
                {
                    var hits = deputies.Zip(order).Count(p => truth[p.First] == p.Second);
                    Assert.True(hits <= ChanceCeiling, $"pairing {who} with {what} recovers {hits} of {Deputies} deputies' marks");
                }
            }
        }

        // No log line and no audit line carries a paper's marks.
        Assert.DoesNotContain(logs, line => truth.Values.Any(m => line.Contains(m, StringComparison.Ordinal)));
        Assert.DoesNotContain(audit, a => truth.Values.Any(m => (a.Details ?? "").Contains(m, StringComparison.Ordinal)));

        // Nothing was lost on the way: the papers are the deputies' papers.
        Assert.Equal(truth.Values.Order(StringComparer.Ordinal), (await db.CastPapers.Where(p => p.BallotId == ballot.Id).Select(p => p.Marks).ToListAsync()).Order(StringComparer.Ordinal));
        Assert.Null(await ballots.VerifyAsync(ballot.Id, "auditor"));
    }

    private static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static async Task<List<KeyValuePair<string, string>>> PairsAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<KeyValuePair<string, string>>();
        while (await reader.ReadAsync())
        {
            rows.Add(new(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Every column of the papers' table.</summary>
    private static Task<List<string>> ColumnsAsync(DbConnection connection, bool postgres) => ReadAsync(connection, postgres
        ? "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'cast_papers'"
        : "SELECT name FROM pragma_table_info('cast_papers')");

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private sealed class Recorder(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Line(lines);

        public void Dispose()
        {
        }

        private sealed class Line(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception));
        }
    }
}
