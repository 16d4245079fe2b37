using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Tests;

/// <summary>The 票决 vote in storage, on both engines: once per deputy, retries idempotent, nothing after close.</summary>
public sealed class BallotTests
{
    private static readonly DateTimeOffset Opens = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);


    /// <summary>A sample ballot (made-up candidates and roster, marked as sample) with <paramref name="deputies"/> on the roster; open unless asked otherwise.</summary>
    private static async Task<(Ballots Ballots, long Ballot, long[] Candidates, FakeTimeProvider Clock)> SampleAsync(PledgewatchStore store, int deputies, int candidates = 12, int k = 10, bool open = true)
    {
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "2025年民生实事项目票决（样例）", Opens, Opens.AddHours(2), IsSample: true), k, "congress-office");
        var ids = new List<long>();
        for (var i = 1; i <= candidates; i++)
        {
            ids.Add((await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = $"样例候选项目{i}", Category = "常有善育", IsSample = true }, "congress-office")).Id);
        }

        var roster = "code,name\n" + string.Join("\n", Enumerable.Range(1, deputies).Select(i => $"D{i:D4},样例代表{i}"));
        Assert.Equal(deputies, await ballots.ImportRosterAsync(ballot.Id, new StringReader(roster), "congress-office", sample: true));
        if (open)
        {
            clock.SetUtcNow(Opens.AddMinutes(5));
        }

        return (ballots, ballot.Id, [.. ids], clock);
    }

    /// <summary>Deputy i approves the candidates i, i+1, … (K of them, wrapping), opposes one and abstains on the rest.</summary>
    private static Dictionary<long, Choice> PaperOf(int deputy, long[] candidates, int k)
    {
        var paper = candidates.ToDictionary(c => c, _ => Choice.Abstain);
        for (var j = 0; j < k; j++)
        {
            paper[candidates[(deputy + j) % candidates.Length]] = Choice.Approve;
        }

        paper[candidates[(deputy + k) % candidates.Length]] = Choice.Oppose;
        return paper;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task FiveHundredDeputiesAtOnceWithRetriesAreCountedExactlyOnce(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        const int deputies = 500, k = 5;
        // One more deputy on the roster than vote in time: the last one tries after close.
        var (ballots, ballot, candidates, clock) = await SampleAsync(store, deputies + 1, candidates: 12, k: k);

        // Every deputy submits once; a fifth submit the same paper again at the same moment (a retry).
        var outcomes = new ConcurrentBag<(int Deputy, CastOutcome Outcome)>();
        var submissions = Enumerable.Range(1, deputies).SelectMany(i =>
        {
            var key = Guid.NewGuid();
            var paper = PaperOf(i, candidates, k);
            var times = i % 5 == 0 ? 2 : 1;
            return Enumerable.Repeat((Deputy: i, Key: key, Paper: paper), times);
        }).ToList();
        await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (s, ct) =>
        {
            var result = await ballots.CastAsync(ballot, $"D{s.Deputy:D4}", s.Key, s.Paper, ct);
            outcomes.Add((s.Deputy, result.Outcome));
        });

        Assert.All(outcomes, o => Assert.True(o.Outcome is CastOutcome.Accepted or CastOutcome.AlreadyAccepted, $"deputy {o.Deputy}: {o.Outcome}"));
        Assert.Equal(deputies, outcomes.Count(o => o.Outcome == CastOutcome.Accepted));
        Assert.Equal(deputies / 5, outcomes.Count(o => o.Outcome == CastOutcome.AlreadyAccepted));

        // The expected tally, counted here from the papers the deputies meant.
        var expected = candidates.ToDictionary(c => c, _ => 0);
        for (var i = 1; i <= deputies; i++)
        {
            foreach (var (c, choice) in PaperOf(i, candidates, k))
            {
                expected[c] += choice == Choice.Approve ? 1 : 0;
            }
        }

        clock.SetUtcNow(Opens.AddHours(2));
        var late = await ballots.CastAsync(ballot, $"D{deputies + 1:D4}", Guid.NewGuid(), PaperOf(1, candidates, k));
        Assert.Equal(CastOutcome.Closed, late.Outcome);
        var tally = (await ballots.CloseAsync(ballot, "congress-office"))!;
        Assert.Equal(deputies, tally.Papers);
        Assert.All(tally.Candidates, c => Assert.Equal(expected[c.Candidate], c.Approve));
        Assert.Null(await ballots.VerifyAsync(ballot, "auditor"));

        await using var db = store.CreateContext();
        Assert.Equal(deputies, await db.VoteReceipts.CountAsync(r => r.BallotId == ballot));
        Assert.Equal(deputies, await db.CastPapers.CountAsync(p => p.BallotId == ballot));
        Assert.Equal(deputies, await db.AuditLog.CountAsync(a => a.Action == "receipt.record"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task EachRuleOfTheVoteIsEnforced(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var (ballots, ballot, candidates, clock) = await SampleAsync(store, deputies: 5, candidates: 4, k: 2, open: false);
        var good = PaperOf(1, candidates, 2);

        clock.SetUtcNow(Opens.AddMinutes(-1));
        Assert.Equal(CastOutcome.NotOpen, (await ballots.CastAsync(ballot, "D0001", Guid.NewGuid(), good)).Outcome);
        clock.SetUtcNow(Opens.AddMinutes(1));
        Assert.Equal(CastOutcome.NotEligible, (await ballots.CastAsync(ballot, "D9999", Guid.NewGuid(), good)).Outcome);
        Assert.Equal(CastOutcome.NoBallot, (await ballots.CastAsync(ballot + 100, "D0001", Guid.NewGuid(), good)).Outcome);
        var tooMany = candidates.ToDictionary(c => c, _ => Choice.Approve);
        var invalid = await ballots.CastAsync(ballot, "D0001", Guid.NewGuid(), tooMany);
        Assert.Equal(CastOutcome.Invalid, invalid.Outcome);
        Assert.Contains("at most 2", invalid.Message);

        var key = Guid.NewGuid();
        Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot, "D0001", key, good)).Outcome);
        Assert.Equal(CastOutcome.AlreadyAccepted, (await ballots.CastAsync(ballot, "D0001", key, good)).Outcome);
        Assert.Equal(CastOutcome.AlreadyVoted, (await ballots.CastAsync(ballot, "D0001", Guid.NewGuid(), PaperOf(2, candidates, 2))).Outcome);

        // Another deputy's submission key is refused (not a crash on the unique key), and so is a key from another ballot.
        Assert.Equal(CastOutcome.KeyReused, (await ballots.CastAsync(ballot, "D0002", key, good)).Outcome);
        var (_, other, otherCandidates, _) = await SampleAsync(store, deputies: 2, candidates: 2, k: 1, open: false);
        var elsewhere = otherCandidates.ToDictionary(c => c, c => c == otherCandidates[0] ? Choice.Approve : Choice.Oppose);
        Assert.Equal(CastOutcome.KeyReused, (await new Ballots(store, new FakeTimeProvider(Opens.AddMinutes(6))).CastAsync(other, "D0001", key, elsewhere)).Outcome);

        await Assert.ThrowsAsync<StoreException>(() => ballots.AddCandidateAsync(ballot, new CandidateEntity { Title = "迟到的候选" }, "someone"));
        await Assert.ThrowsAsync<StoreException>(() => ballots.ImportRosterAsync(ballot, new StringReader("code,name\nD0100,迟到的代表"), "someone", sample: true));

        await ballots.CloseAsync(ballot, "congress-office");
        await Assert.ThrowsAsync<StoreException>(() => ballots.CloseAsync(ballot, "congress-office"));
        Assert.Equal(CastOutcome.Closed, (await ballots.CastAsync(ballot, "D0002", Guid.NewGuid(), good)).Outcome);
        // A retry of a vote accepted before close still answers as accepted, and still counts once.
        Assert.Equal(CastOutcome.AlreadyAccepted, (await ballots.CastAsync(ballot, "D0001", key, good)).Outcome);
        Assert.Equal(1, (await ballots.TallyAsync(ballot))!.Value.Tally.Papers);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheAuditLogCannotBeChangedAndVerifyFindsATamperedPaper(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var (ballots, ballot, candidates, _) = await SampleAsync(store, deputies: 3, candidates: 3, k: 1);
        Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot, "D0001", Guid.NewGuid(), PaperOf(0, candidates, 1))).Outcome);
        Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot, "D0002", Guid.NewGuid(), PaperOf(0, candidates, 1))).Outcome);
        await ballots.CloseAsync(ballot, "congress-office");

        await using var db = store.CreateContext();
        var lines = await db.AuditLog.CountAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE audit_log SET \"Actor\" = 'nobody'"));
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_log"));
        Assert.Equal(lines, await db.AuditLog.CountAsync());
        Assert.DoesNotContain(await db.AuditLog.Select(a => a.Details).ToListAsync(), d => d != null && d.Contains(":A", StringComparison.Ordinal) && d.Contains("deputy", StringComparison.Ordinal));

        // Someone with the database file changes a paper: the recount no longer matches what was published.
        var paper = await db.CastPapers.FirstAsync(p => p.BallotId == ballot);
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE cast_papers SET \"Marks\" = {paper.Marks.Replace(":A", ":Q", StringComparison.Ordinal).Replace(":O", ":A", StringComparison.Ordinal).Replace(":Q", ":O", StringComparison.Ordinal)} WHERE \"Id\" = {paper.Id}");
        Assert.Contains("differs", await ballots.VerifyAsync(ballot, "auditor"));
    }

    [Fact]
    public void APaperCarriesNeitherTheDeputyNorTheTime()
    {
        // Who voted (receipts) and what was voted (papers) share nothing but the ballot.
        var columns = typeof(CastPaperEntity).GetProperties().Select(p => p.Name).Order();
        Assert.Equal(["BallotId", "Id", "Marks"], columns);
        Assert.DoesNotContain(typeof(VoteReceiptEntity).GetProperties(), p => p.Name.Contains("Paper", StringComparison.Ordinal) || p.Name == "Marks");
    }
}
