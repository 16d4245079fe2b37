using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Tests;

/// <summary>
/// Tamper evidence that does not rest on the triggers: someone holding the database file changes the
/// record after close, as cleverly as the file allows, and <c>ballot verify</c> says so.
/// </summary>
public sealed class BallotTamperTests
{
    private static readonly DateTimeOffset Opens = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string> Attacks()
    {
        var data = new TheoryData<string, string>();
        foreach (var engine in new[] { "sqlite", "postgres" })
        {
            foreach (var attack in new[] { "none", "rewrite-line", "paper-and-tally", "drop-trigger", "remove-line" })
            {
                data.Add(engine, attack);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task VerifyFindsEveryChangeToAClosedBallot(string engine, string attack)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var (ballots, ballot) = await ClosedBallotAsync(store);
        await using var db = store.CreateContext();
        var postgres = db.Database.IsNpgsql();

        // The triggers refuse the plain ways to change a line, REPLACE and upserts included.
        var line = await db.AuditLog.Where(a => a.Action == "receipt.record").OrderBy(a => a.Seq).FirstAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(postgres
            ? $"INSERT INTO audit_log (\"Id\", \"At\", \"Actor\", \"Action\", \"Subject\", \"Details\", \"Seq\", \"PrevHash\", \"Hash\") SELECT \"Id\", \"At\", 'deputy D0009', \"Action\", \"Subject\", \"Details\", \"Seq\", \"PrevHash\", \"Hash\" FROM audit_log WHERE \"Id\" = {line.Id} ON CONFLICT (\"Id\") DO UPDATE SET \"Actor\" = EXCLUDED.\"Actor\""
            : $"INSERT OR REPLACE INTO audit_log (Id, At, Actor, Action, Subject, Details, Seq, PrevHash, Hash) SELECT Id, At, 'deputy D0009', Action, Subject, Details, Seq, PrevHash, Hash FROM audit_log WHERE Id = {line.Id}"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        Assert.Equal("deputy D0001", (await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == line.Id)).Actor);

        switch (attack)
        {
            case "rewrite-line":
                // With the trigger out of the way for a moment, the line now names another deputy; the trigger is put back.
                await WithoutTriggersAsync(db, postgres, postgres
                    ? $"UPDATE audit_log SET \"Actor\" = 'deputy D0009' WHERE \"Id\" = {line.Id}"
                    : $"INSERT OR REPLACE INTO audit_log (Id, At, Actor, Action, Subject, Details, Seq, PrevHash, Hash) SELECT Id, At, 'deputy D0009', Action, Subject, Details, Seq, PrevHash, Hash FROM audit_log WHERE Id = {line.Id}");
                Assert.Equal("deputy D0009", (await db.AuditLog.AsNoTracking().SingleAsync(a => a.Id == line.Id)).Actor);
                break;
            case "remove-line":
                await WithoutTriggersAsync(db, postgres, $"DELETE FROM audit_log WHERE \"Id\" = {line.Id}");
                break;
            case "paper-and-tally":
                // A paper turned round, and the published tally and the papers' digest recomputed to match.
                var paper = await db.CastPapers.AsNoTracking().FirstAsync(p => p.BallotId == ballot);
                var candidates = await db.Candidates.Where(c => c.BallotId == ballot).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync();
                var turned = string.Join(",", candidates.Select((c, i) => $"{c}:{(i == 1 ? 'A' : 'O')}"));
                Assert.NotEqual(paper.Marks, turned);
                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE cast_papers SET \"Marks\" = {turned} WHERE \"Id\" = {paper.Id}");
                var b = await db.Ballots.AsNoTracking().SingleAsync(x => x.Id == ballot);
                var marks = await db.CastPapers.Where(p => p.BallotId == ballot).Select(p => p.Marks).ToListAsync();
                var recount = Tally.Count(new BallotRule(b.MaxApprovals, 3), candidates, marks.Select(Marks.Read).ToList()).Canonical();
                Assert.NotEqual(b.PublishedTally, recount);
                await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE ballots SET \"PublishedTally\" = {recount}, \"PapersDigest\" = {PaperSeal.Digest(marks)} WHERE \"Id\" = {ballot}");
                break;
            case "drop-trigger":
                await db.Database.ExecuteSqlRawAsync(postgres ? "DROP TRIGGER audit_log_no_truncate ON audit_log" : "DROP TRIGGER audit_log_no_replace");
                break;
        }

        var problem = await ballots.VerifyAsync(ballot, "auditor");
        switch (attack)
        {
            case "none":
                Assert.Null(problem);
                break;
            case "rewrite-line":
                Assert.Contains($"audit line {line.Seq} was changed after it was written", problem);
                break;
            case "remove-line":
                Assert.Contains($"audit line {line.Seq} is missing", problem);
                break;
            case "paper-and-tally":
                Assert.Contains("differs from what the audit log recorded at close", problem);
                break;
            case "drop-trigger":
                Assert.Contains("protection was removed", problem);
                break;
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheChainIsWholeAfterConcurrentWritesAndTheTallyCarriesItsHead(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var (ballots, ballot) = await ClosedBallotAsync(store);
        await using var db = store.CreateContext();
        Assert.Empty(await AuditChain.CheckAsync(db, default));
        var b = await db.Ballots.AsNoTracking().SingleAsync(x => x.Id == ballot);
        var close = await db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "ballot.close");
        Assert.Equal($"{close.Seq - 1}:{close.PrevHash}", b.AuditHead);
        Assert.StartsWith("2 sha256:", b.PapersDigest);
        var seqs = await db.AuditLog.OrderBy(a => a.Seq).Select(a => a.Seq!.Value).ToListAsync();
        Assert.Equal(Enumerable.Range(1, seqs.Count).Select(i => (long)i), seqs);
        Assert.Null(await ballots.VerifyAsync(ballot, "auditor"));
    }

    private static async Task<(Ballots Ballots, long Ballot)> ClosedBallotAsync(PledgewatchStore store)
    {
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "篡改测试（样例）", Opens, Opens.AddHours(2), IsSample: true), 1, "congress-office");
        var ids = new List<long>();
        for (var i = 1; i <= 3; i++)
        {
            ids.Add((await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = $"样例{i}", IsSample = true }, "congress-office")).Id);
        }

        await ballots.ImportRosterAsync(ballot.Id, new StringReader("code,name\nD0001,甲\nD0002,乙\nD0003,丙"), "congress-office", sample: true);
        clock.SetUtcNow(Opens.AddMinutes(5));
        var paper = ids.ToDictionary(c => c, c => c == ids[0] ? Choice.Approve : Choice.Oppose);
        Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot.Id, "D0001", Guid.NewGuid(), paper)).Outcome);
        Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot.Id, "D0002", Guid.NewGuid(), paper)).Outcome);
        clock.SetUtcNow(Opens.AddHours(3));
        await ballots.CloseAsync(ballot.Id, "congress-office");
        return (ballots, ballot.Id);
    }

    /// <summary>Runs a statement with the log's triggers dropped, then puts them back as the migrations made them.</summary>
    private static async Task WithoutTriggersAsync(PledgewatchDb db, bool postgres, string sql)
    {
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_log_no_change ON audit_log");
            await db.Database.ExecuteSqlRawAsync(sql);
            await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()");
            return;
        }

        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_log_no_replace");
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_log_no_delete");
        await db.Database.ExecuteSqlRawAsync(sql);
        await db.Database.ExecuteSqlRawAsync("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;");
        await db.Database.ExecuteSqlRawAsync("""CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log WHEN EXISTS (SELECT 1 FROM audit_log WHERE "Id" = NEW."Id" OR "Seq" = NEW."Seq") BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;""");
    }
}
