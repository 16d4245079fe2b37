using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Storage;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The vote against the real app on loopback: 500 deputies at once, a fifth of them sending the
/// same submission twice, the server killed in the middle and started again, everyone retrying
/// until answered. No accepted vote may be lost, none counted twice, none accepted after close.
/// </summary>
public sealed partial class VoteLoopbackTests
{
    private const int Deputies = 500, K = 5, Candidates = 12;
    private const string Password = "sample deputy password";


    private enum Answer
    {
        None,
        Created,
        AlreadyAccepted,
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task FiveHundredDeputiesVoteThroughACrashAndNoAcceptedVoteIsLost(string engine)
    {
        await using var database = TestDatabase.Create(engine);
        var store = await database.OpenAsync();
        var (ballot, candidates) = await SampleBallotAsync(store);
        var folder = Directory.CreateTempSubdirectory("pledgewatch-vote-").FullName;
        var location = database.Location;
        string[] args = location.IsPostgres
            ? ["--connection", location.PostgresConnection!, "--DataProtection:Keys", Path.Combine(folder, "keys")]
            : ["--DataProtection:Keys", Path.Combine(folder, "keys")];
        using var app = new AppProcess(location.IsPostgres ? Path.Combine(folder, "unused.db") : location.SqlitePath!, args);
        await app.StartAsync();
        try
        {
            // Every deputy logs in on a client of their own (cookies kept across the restart).
            var clients = new HttpClient[Deputies + 1];
            await Parallel.ForEachAsync(Enumerable.Range(1, Deputies + 1), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
                clients[i - 1] = await LogInAsync(app.BaseUrl, User(i)));

            var keys = Enumerable.Range(0, Deputies).Select(_ => Guid.NewGuid()).ToArray();
            var answers = new ConcurrentDictionary<int, Answer>();
            var created = 0;
            var killed = new TaskCompletionSource();
            async Task SubmitAsync(int d)
            {
                try
                {
                    var response = await clients[d].PostAsJsonAsync($"/api/v1/ballots/{ballot}/votes", Paper(d, candidates, keys[d]));
                    var answer = response.StatusCode switch
                    {
                        HttpStatusCode.Created => Answer.Created,
                        HttpStatusCode.OK => Answer.AlreadyAccepted,
                        var other => throw new InvalidOperationException($"deputy {d}: {other} {await response.Content.ReadAsStringAsync()}"),
                    };
                    if (answer == Answer.Created && Interlocked.Increment(ref created) == Deputies / 2)
                    {
                        killed.TrySetResult();
                    }

                    answers.AddOrUpdate(d, answer, (_, before) => before == Answer.Created ? before : answer);
                }
                catch (HttpRequestException)
                {
                    // The server died under this request: no answer; the deputy's phone will retry.
                }
            }

            // A fifth of the deputies tap twice: the same submission, sent at the same moment.
            var first = Enumerable.Range(0, Deputies).SelectMany(d => d % 5 == 0 ? new[] { d, d } : [d]).ToList();
            var sending = Parallel.ForEachAsync(first, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (d, _) => await SubmitAsync(d));
            await Task.WhenAny(killed.Task, sending);
            app.Kill();
            await sending;
            var answeredBeforeKill = answers.Where(a => a.Value == Answer.Created).Select(a => a.Key).ToHashSet();

            await app.StartAsync();
            for (var round = 0; round < 5 && answers.Count < Deputies; round++)
            {
                var missing = Enumerable.Range(0, Deputies).Where(d => !answers.ContainsKey(d)).ToList();
                await Parallel.ForEachAsync(missing, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (d, _) => await SubmitAsync(d));
            }

            Assert.Equal(Deputies, answers.Count);
            Assert.True(answeredBeforeKill.Count >= Deputies / 2, $"only {answeredBeforeKill.Count} votes were answered before the kill");
            Assert.True(answeredBeforeKill.Count < Deputies, "the server was killed after everyone had voted; the test proves nothing");

            // After close nothing is accepted, through the app.
            await new Ballots(store).CloseAsync(ballot, "congress-office");
            var late = await clients[Deputies].PostAsJsonAsync($"/api/v1/ballots/{ballot}/votes", Paper(Deputies, candidates, Guid.NewGuid()));
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

            await using var db = store.CreateContext();
            var receipts = await db.VoteReceipts.Where(r => r.BallotId == ballot).ToListAsync();
            Assert.Equal(Deputies, receipts.Count);
            Assert.Equal(Deputies, receipts.Select(r => r.SubmissionKey).Intersect(keys).Count());
            Assert.Equal(Deputies, await db.CastPapers.CountAsync(p => p.BallotId == ballot));

            var tally = (await new Ballots(store).TallyAsync(ballot))!.Value.Tally;
            var expected = candidates.ToDictionary(c => c, c => Enumerable.Range(0, Deputies).Count(d => PaperMarks(d, candidates)[c] == "approve"));
            Assert.All(tally.Candidates, c => Assert.Equal(expected[c.Candidate], c.Approve));
            Assert.Null(await new Ballots(store).VerifyAsync(ballot, "auditor"));
        }
        finally
        {
            app.Kill();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string User(int i) => $"sample-deputy-{i:D4}";

    private static Dictionary<long, string> PaperMarks(int deputy, long[] candidates)
    {
        var marks = candidates.ToDictionary(c => c, _ => "abstain");
        for (var j = 0; j < K; j++)
        {
            marks[candidates[(deputy + j) % candidates.Length]] = "approve";
        }

        marks[candidates[(deputy + K) % candidates.Length]] = "oppose";
        return marks;
    }

    private static object Paper(int deputy, long[] candidates, Guid key) => new { submission_key = key, marks = PaperMarks(deputy, candidates) };

    /// <summary>A sample ballot, open now, with made-up candidates and a roster of sample deputies, each with an account.</summary>
    private static async Task<(long Ballot, long[] Candidates)> SampleBallotAsync(PledgewatchStore store)
    {
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(store, new FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await setup.CreateAsync(new BallotDraft("常州市", 2025, "样例票决（测试）", opens, opens.AddHours(2), IsSample: true), K, "congress-office");
        var candidates = new List<long>();
        for (var i = 1; i <= Candidates; i++)
        {
            candidates.Add((await setup.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = $"样例候选项目{i}", IsSample = true }, "congress-office")).Id);
        }

        var roster = "code,name,user\n" + string.Join("\n", Enumerable.Range(1, Deputies + 1).Select(i => $"D{i:D4},样例代表{i},{User(i)}"));
        await setup.ImportRosterAsync(ballot.Id, new StringReader(roster), "congress-office", sample: true);

        // One hash for all: the accounts differ by name only (hashing 501 passwords would only slow the test).
        var hash = new PasswordHasher<UserEntity>().HashPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, Password);
        await using var db = store.CreateContext();
        db.Users.AddRange(Enumerable.Range(1, Deputies + 1).Select(i => new UserEntity { Name = User(i), Role = "deputy", PasswordHash = hash, CreatedAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();
        return (ballot.Id, [.. candidates]);
    }

    private static async Task<HttpClient> LogInAsync(string baseUrl, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var page = await client.GetStringAsync("/account/login");
        var token = Token().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = user,
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
