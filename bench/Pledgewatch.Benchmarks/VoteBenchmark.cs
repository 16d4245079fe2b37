using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Storage;

namespace Pledgewatch.Benchmarks;

/// <summary>
/// Ballots per second through the real app (a Release build on loopback): N deputies, logged in
/// beforehand, send their papers over C concurrent clients; the time from the first send to the
/// last answer, then a count of what is stored. SQLite, and PostgreSQL when a server is given.
/// </summary>
internal static partial class VoteBenchmark
{
    private const string Password = "sample deputy password";

    public static async Task RunAsync(string app, int deputies, int clients, string? postgres)
    {
        Console.WriteLine($"{deputies} ballots over {clients} concurrent clients, {Environment.ProcessorCount} cores; the app and the clients share the machine");
        Console.WriteLine();
        Console.WriteLine("| engine | time for all ballots | ballots/s | accepted | stored papers | lost |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var folder = Directory.CreateTempSubdirectory("pledgewatch-votes-").FullName;
        try
        {
            await MeasureAsync("SQLite", app, StoreLocation.Sqlite(Path.Combine(folder, "votes.db")), deputies, clients, folder);
            if (postgres is not null)
            {
                var database = BenchDatabase.Postgres(postgres, "pw_votes_");
                await MeasureAsync("PostgreSQL", app, database, deputies, clients, folder);
                await BenchDatabase.DropAsync(postgres, database);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureAsync(string engine, string app, StoreLocation location, int deputies, int clients, string folder)
    {
        var store = await PledgewatchStore.OpenAsync(location);
        var (ballot, candidates) = await SampleAsync(store, deputies);
        var port = FreePort();
        var url = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(app)! };
        foreach (var a in new[] { app, "--urls", url, "--RateLimits:Login", "1000000", "--DataProtection:Keys", Path.Combine(folder, "keys-" + engine) })
        {
            info.ArgumentList.Add(a);
        }

        info.ArgumentList.Add(location.IsPostgres ? "--connection" : "--db");
        info.ArgumentList.Add(location.IsPostgres ? location.PostgresConnection! : location.SqlitePath!);
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using (var probe = new HttpClient())
            {
                for (var i = 0; ; i++)
                {
                    try
                    {
                        if ((await probe.GetAsync(url + "/api/v1/regions")).IsSuccessStatusCode)
                        {
                            break;
                        }
                    }
                    catch (HttpRequestException) when (i < 600)
                    {
                    }

                    await Task.Delay(100);
                }
            }

            var logged = new HttpClient[deputies];
            await Parallel.ForEachAsync(Enumerable.Range(0, deputies), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) => logged[i] = await LogInAsync(url, $"bench-deputy-{i:D5}"));

            var accepted = 0;
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, deputies), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, _) =>
            {
                var marks = candidates.Select((c, j) => (c, j)).ToDictionary(x => x.c, x => (x.j + i) % candidates.Length < 5 ? "approve" : "abstain");
                var response = await logged[i].PostAsJsonAsync($"/api/v1/ballots/{ballot}/votes", new { submission_key = Guid.NewGuid(), marks });
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    Interlocked.Increment(ref accepted);
                }
            });
            var seconds = clock.Elapsed.TotalSeconds;
            await using var db = store.CreateContext();
            var stored = await db.CastPapers.CountAsync(p => p.BallotId == ballot);
            Console.WriteLine($"| {engine} | {seconds:0.00} s | {deputies / seconds:0} | {accepted} | {stored} | {accepted - stored} |");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(long Ballot, long[] Candidates)> SampleAsync(PledgewatchStore store, int deputies)
    {
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(store, new FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await setup.CreateAsync(new BallotDraft("常州市", 2025, "样例票决（吞吐量测试）", opens, opens.AddHours(2), IsSample: true), 5, "bench");
        var candidates = new List<long>();
        for (var i = 1; i <= 12; i++)
        {
            candidates.Add((await setup.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = $"样例候选项目{i}", IsSample = true }, "bench")).Id);
        }

        var roster = "code,name,user\n" + string.Join("\n", Enumerable.Range(0, deputies).Select(i => $"B{i:D5},样例代表{i},bench-deputy-{i:D5}"));
        await setup.ImportRosterAsync(ballot.Id, new StringReader(roster), "bench", sample: true);
        var hash = new PasswordHasher<UserEntity>().HashPassword(new UserEntity { Name = "", Role = "", PasswordHash = "" }, Password);
        await using var db = store.CreateContext();
        db.Users.AddRange(Enumerable.Range(0, deputies).Select(i => new UserEntity { Name = $"bench-deputy-{i:D5}", Role = "deputy", PasswordHash = hash, CreatedAt = DateTimeOffset.UtcNow }));
        await db.SaveChangesAsync();
        return (ballot.Id, [.. candidates]);
    }

    private static async Task<HttpClient> LogInAsync(string url, string user)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2) };
        var page = await client.GetStringAsync("/account/login");
        var token = Token().Match(page).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = user, ["password"] = Password, ["__RequestVerificationToken"] = token }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"{user} could not log in: {response.StatusCode}");
        }

        return client;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }


    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
