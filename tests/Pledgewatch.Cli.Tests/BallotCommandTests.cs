using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Storage;
using Pledgewatch.Voting;

namespace Pledgewatch.Cli.Tests;

public sealed partial class BallotCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-ballot-").FullName;

    private string Db => Path.Combine(_folder, "test.db");


    [Fact]
    public async Task ABallotIsRunClosedTalliedAndVerifiedFromTheCommandLine()
    {
        var opens = DateTimeOffset.UtcNow.AddHours(1);
        var created = CliRun.Of("ballot", "create", "--region", "常州市", "--year", "2025", "--title", "样例票决", "-k", "1",
            "--opens", opens.ToString("O", CultureInfo.InvariantCulture), "--closes", opens.AddHours(1).ToString("O", CultureInfo.InvariantCulture), "--sample", "--db", Db);
        Assert.Equal(0, created.ExitCode);
        var id = Number().Match(created.Stdout).Value;
        foreach (var title in new[] { "样例项目甲", "样例项目乙" })
        {
            Assert.Equal(0, CliRun.Of("ballot", "candidate", id, "--title", title, "--category", "常有善育", "--sample", "--db", Db).ExitCode);
        }

        var roster = Path.Combine(_folder, "roster.csv");
        File.WriteAllText(roster, "code,name\nA1,样例代表一\nA2,样例代表二\nA3,样例代表三\n");
        Assert.Contains("3 deputies", CliRun.Of("ballot", "roster", id, roster, "--sample", "--db", Db).Stdout);

        // Deputies vote (through the service, at a time after opening).
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(Db));
        var ballots = new Ballots(store, new FakeTimeProvider(opens.AddMinutes(1)));
        long[] candidates;
        await using (var db = store.CreateContext())
        {
            candidates = [.. db.Candidates.OrderBy(c => c.Ordinal).Select(c => c.Id)];
        }

        foreach (var deputy in new[] { "A1", "A2" })
        {
            var paper = new Dictionary<long, Choice> { [candidates[0]] = Choice.Approve, [candidates[1]] = Choice.Oppose };
            Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(long.Parse(id, CultureInfo.InvariantCulture), deputy, Guid.NewGuid(), paper)).Outcome);
        }

        var closed = CliRun.Of("ballot", "close", id, "--db", Db);
        Assert.Equal(0, closed.ExitCode);
        Assert.Contains("2 papers, 1 adopted (now projects)", closed.Stdout);
        var tally = CliRun.Of("ballot", "tally", id, "--db", Db);
        Assert.Contains("样例项目甲\t赞成 2\t反对 0\t弃权 0\tadopted", tally.Stdout);
        Assert.Contains("（样例数据）", tally.Stdout);
        Assert.Equal(0, CliRun.Of("ballot", "verify", id, "--db", Db).ExitCode);
        Assert.Equal(1, CliRun.Of("ballot", "close", id, "--db", Db).ExitCode);

        // The seal printed at close, kept outside the database, is checked by verify.
        Assert.Matches("papers: 2 sha256:[0-9a-f]{64}", closed.Stdout);
        var head = System.Text.RegularExpressions.Regex.Match(closed.Stdout, "audit head: ([0-9]+:[0-9a-f]{64})").Groups[1].Value;
        Assert.NotEmpty(head);
        Assert.Equal(0, CliRun.Of("ballot", "verify", id, "--head", head, "--db", Db).ExitCode);
        var otherHead = CliRun.Of("ballot", "verify", id, "--head", "1:" + new string('0', 64), "--db", Db);
        Assert.Equal(1, otherHead.ExitCode);
        Assert.Contains("audit head recorded at close", otherHead.Stderr);

        await using (var db = store.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE cast_papers SET \"Marks\" = replace(replace(replace(\"Marks\", ':A', ':Q'), ':O', ':A'), ':Q', ':O')");
        }

        var tampered = CliRun.Of("ballot", "verify", id, "--db", Db);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Contains("differs", tampered.Stderr);
    }

    [Fact]
    public async Task AYearEndRatingIsCreatedClosedTalliedAndVerifiedFromTheCommandLine()
    {
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(Db));
        var registry = new Pledgewatch.Storage.Projects.ProjectRegistry(store);
        var projects = new List<long>();
        foreach (var name in new[] { "样例幼儿园", "样例停车场" })
        {
            projects.Add((await registry.CreateAsync(new Pledgewatch.Storage.Projects.ProjectDraft("常州市", null, 2025, "livelihood", name, "常有善育", null, null, null, null, null, null, [], IsSample: true), "editor")).Id);
        }

        var opens = DateTimeOffset.UtcNow.AddHours(1);
        var created = CliRun.Of("ballot", "rating", "--region", "常州市", "--year", "2025", "--title", "样例测评", "--project", $"{projects[0]}", "--project", $"{projects[1]}",
            "--opens", opens.ToString("O", CultureInfo.InvariantCulture), "--closes", opens.AddHours(1).ToString("O", CultureInfo.InvariantCulture), "--sample", "--db", Db);
        Assert.Equal(0, created.ExitCode);
        var id = long.Parse(Number().Match(created.Stdout).Value, CultureInfo.InvariantCulture);
        var roster = Path.Combine(_folder, "rating-roster.csv");
        File.WriteAllText(roster, "code,name\nB1,样例代表一\nB2,样例代表二\nB3,样例代表三\n");
        Assert.Contains("3 deputies", CliRun.Of("ballot", "roster", $"{id}", roster, "--sample", "--db", Db).Stdout);

        var ballots = new Ballots(store, new FakeTimeProvider(opens.AddMinutes(1)));
        var items = (await ballots.RatingsAsync(id))!.Value.Items.Select(i => i.Id).ToArray();
        foreach (var (deputy, second) in new[] { ("B1", Rating.Dissatisfied), ("B2", Rating.Dissatisfied), ("B3", Rating.Satisfied) })
        {
            var paper = new Dictionary<long, Rating> { [items[0]] = Rating.Satisfied, [items[1]] = second };
            Assert.Equal(CastOutcome.Accepted, (await ballots.RateAsync(id, deputy, Guid.NewGuid(), paper)).Outcome);
        }

        Assert.Contains("open (not published)", CliRun.Of("ballot", "tally", $"{id}", "--db", Db).Stdout);
        Assert.Contains("closed: 3 papers, 2 projects rated", CliRun.Of("ballot", "close", $"{id}", "--db", Db).Stdout);
        var tally = CliRun.Of("ballot", "tally", $"{id}", "--db", Db).Stdout;
        Assert.Contains("样例幼儿园\t满意 3\t基本满意 0\t不满意 0\t满意率 100.0%", tally);
        Assert.Contains("样例停车场\t满意 1\t基本满意 0\t不满意 2\t满意率 33.3%\t须整改", tally);
        Assert.Equal(0, CliRun.Of("ballot", "verify", $"{id}", "--db", Db).ExitCode);
        await using var db = store.CreateContext();
        Assert.Equal(2, await db.Projects.CountAsync());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [GeneratedRegex("\\d+")]
    private static partial Regex Number();
}
