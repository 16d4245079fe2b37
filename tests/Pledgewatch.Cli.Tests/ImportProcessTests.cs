using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;

namespace Pledgewatch.Cli.Tests;

/// <summary>
/// The import as a real process: killed in the middle and run again, and run twice at once. The
/// database must stay consistent: each document once, each with all its claims.
/// </summary>
public sealed class ImportProcessTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-kill-").FullName;

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AnImportKilledMidwayAndRunAgainLeavesEachDocumentOnceWithAllItsClaims(string engine)
    {
        const int count = 150;
        var docs = Path.Combine(_folder, "docs");
        SyntheticCorpus.Write(docs, count, Path.GetDirectoryName(CliRun.Corpus("index.json"))!);
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();

        using (var first = Start(test.Location, "import", docs))
        {
            var stored = await WaitForDocumentsAsync(store, first, atLeast: 10);
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Assert.True(stored < count, "the import finished before it could be killed; the test proves nothing");
        }

        var atKill = await AssertConsistentAsync(store);
        Assert.InRange(atKill, 10, count - 1);

        using var second = Start(test.Location, "import", docs);
        var output = await second.StandardOutput.ReadToEndAsync();
        await second.WaitForExitAsync();
        Assert.Equal(0, second.ExitCode);
        Assert.Contains($"{count} documents: {count - atKill} new, 0 new versions, {atKill} unchanged, 0 failed", output);
        Assert.Equal(count, await AssertConsistentAsync(store));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TwoImportsOfOneFolderAtOnceStoreEachDocumentOnce(string engine)
    {
        const int count = 40;
        var docs = Path.Combine(_folder, "docs");
        SyntheticCorpus.Write(docs, count, Path.GetDirectoryName(CliRun.Corpus("index.json"))!);
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();

        using var one = Start(test.Location, "import", docs);
        using var other = Start(test.Location, "import", docs);
        var outputs = await Task.WhenAll(one.StandardOutput.ReadToEndAsync(), other.StandardOutput.ReadToEndAsync());
        await Task.WhenAll(one.WaitForExitAsync(), other.WaitForExitAsync());
        Assert.Equal((0, 0), (one.ExitCode, other.ExitCode));
        var news = outputs.Sum(o => o.Split('\n').Count(l => l.StartsWith("new\t", StringComparison.Ordinal)));
        Assert.Equal(count, news);
        Assert.Equal(count, await AssertConsistentAsync(store));
    }

    /// <summary>Every stored document has exactly the claims it was extracted with; no bytes are stored twice.</summary>
    private static async Task<int> AssertConsistentAsync(PledgewatchStore store)
    {
        await using var db = store.CreateContext();
        var documents = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.ClaimCount, d.ContentHash }).ToListAsync();
        var claims = await db.Claims.AsNoTracking().GroupBy(c => c.DocumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.All(documents, d => Assert.Equal(d.ClaimCount, claims.GetValueOrDefault(d.Id)));
        Assert.Equal(documents.Count, documents.Select(d => d.ContentHash).Distinct().Count());
        Assert.Equal(claims.Values.Sum(), await db.Claims.CountAsync());
        return documents.Count;
    }

    private static async Task<int> WaitForDocumentsAsync(PledgewatchStore store, Process process, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(process.HasExited, "the import ended before it was killed");
            await using var db = store.CreateContext();
            var stored = await db.Documents.CountAsync();
            if (stored >= atLeast)
            {
                return stored;
            }

            await Task.Delay(20);
        }

        Assert.Fail($"fewer than {atLeast} documents were imported in three minutes");
        return 0;
    }

    private static Process Start(StoreLocation location, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add(location.IsPostgres ? "--connection" : "--db");
        info.ArgumentList.Add(location.IsPostgres ? location.PostgresConnection! : location.SqlitePath!);
        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
