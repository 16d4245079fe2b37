using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Following;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Tests;

/// <summary>Follows and notices in storage, on both engines: confirmed before told, told once, ended with the address.</summary>
public sealed class NoticeTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AMilestoneThatSlipsIsToldOnceToConfirmedFollowersOnly(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(Start);
        var registry = new ProjectRegistry(store, clock);
        var project = await registry.CreateAsync(new ProjectDraft("常州市", "武进区", 2025, ProjectDraft.Major, "样例老旧小区改造", "住房", "样例局", null, null, null, null, null, [], IsSample: true), "editor");
        var milestone = await registry.AddMilestoneAsync(project.Id, "开工", new(2025, 6, 10), null, "editor");
        var followers = new Followers(store, clock);
        var notices = new Notices(store, clock);
        var key = project.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(FollowOutcome.Confirming, await followers.FollowAsync(Topic.Project, key, "a@example.org", "zh", "http://localhost"));
        Assert.Equal(FollowOutcome.ConfirmingAgain, await followers.FollowAsync(Topic.Project, key, "a@example.org", "zh", "http://localhost"));
        Assert.Equal(FollowOutcome.Confirming, await followers.FollowAsync(Topic.Project, key, "b@example.org", "en", "http://localhost"));
        await Assert.ThrowsAsync<StoreException>(() => followers.FollowAsync("planet", key, "a@example.org", "zh", "http://localhost"));
        Assert.Null(Followers.Address("两个 a@example.org"));
        Assert.Null(Followers.Address("Someone <a@example.org>"));
        string tokenA;
        await using (var db = store.CreateContext())
        {
            // One confirmation each, however often asked.
            Assert.Equal(2, await db.Mail.CountAsync(m => m.NoticeId == null));
            tokenA = (await db.Follows.SingleAsync(f => f.Email == "a@example.org")).Token;
        }

        Assert.NotNull(await followers.ConfirmAsync(tokenA));
        Assert.Equal(FollowOutcome.Following, await followers.FollowAsync(Topic.Project, key, "a@example.org", "zh", "http://localhost"));

        // Before its day nothing slipped; the day after, once, however many sweeps.
        Assert.Equal(0, await notices.SweepAsync());
        clock.SetUtcNow(new DateTimeOffset(2025, 6, 10, 20, 0, 0, TimeSpan.Zero)); // 11 June, 04:00 China time
        Assert.Equal(1, await notices.SweepAsync());
        Assert.Equal(0, await notices.SweepAsync());
        Assert.Equal(1, await notices.QueueAsync());
        Assert.Equal(0, await notices.QueueAsync());
        var feed = Assert.Single(await notices.FeedAsync(Topic.Project, key));
        Assert.Equal(NoticeKind.Slip, feed.Kind);
        Assert.Equal("开工", NoticeFacts.FromJson(feed.Facts).Milestone);

        // The outbox: the unconfirmed address's confirmation, the confirmed one's notice.
        var outbox = await notices.OutboxAsync();
        Assert.Equal(["b@example.org"], outbox.Where(o => o.Notice is null && o.Mail.SentAt is null && o.Follow.ConfirmedAt is null).Select(o => o.Follow.Email));
        var told = Assert.Single(outbox, o => o.Notice is not null);
        Assert.Equal("a@example.org", told.Follow.Email);
        await notices.MarkAsync(told.Mail.Id, "452 mailbox full");
        Assert.Contains(await notices.OutboxAsync(), o => o.Mail.Id == told.Mail.Id && o.Mail.Error == "452 mailbox full");
        await notices.MarkAsync(told.Mail.Id, null);
        Assert.DoesNotContain(await notices.OutboxAsync(), o => o.Mail.Id == told.Mail.Id);

        // Planned again and missed again: told again.
        await using (var db = store.CreateContext())
        {
            await db.Milestones.Where(m => m.Id == milestone.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Planned, new DateOnly(2025, 6, 20)));
        }

        clock.SetUtcNow(new DateTimeOffset(2025, 6, 21, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await notices.SweepAsync());

        // Ended: the address and its e-mails are gone; the link does nothing a second time.
        Assert.True(await followers.UnfollowAsync(tokenA));
        Assert.False(await followers.UnfollowAsync(tokenA));
        await using (var db = store.CreateContext())
        {
            Assert.False(await db.Follows.AnyAsync(f => f.Email == "a@example.org"));
            Assert.Equal(1, await db.Mail.CountAsync());
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AVotesResultIsToldOnceWithWhatItAdopted(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var opens = new DateTimeOffset(2025, 1, 10, 1, 0, 0, TimeSpan.Zero);
        var clock = new FakeTimeProvider(opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "2025年民生实事项目票决（样例）", opens, opens.AddHours(2), IsSample: true), 1, "congress-office");
        var park = await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = "样例口袋公园", Category = "常有善育", IsSample = true }, "congress-office");
        var school = await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = "样例学校扩建", Category = "常有优学", IsSample = true }, "congress-office");
        await ballots.ImportRosterAsync(ballot.Id, new StringReader("code,name\nD1,样例代表一\nD2,样例代表二\nD3,样例代表三"), "congress-office", sample: true);
        var notices = new Notices(store, clock);
        var key = ballot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        clock.SetUtcNow(opens.AddMinutes(5));
        foreach (var deputy in new[] { "D1", "D2", "D3" })
        {
            await ballots.CastAsync(ballot.Id, deputy, Guid.NewGuid(), new Dictionary<long, Choice> { [park.Id] = Choice.Approve, [school.Id] = Choice.Abstain });
        }

        Assert.Equal(0, await notices.SweepAsync()); // open: nothing to tell
        clock.SetUtcNow(opens.AddHours(3));
        await ballots.CloseAsync(ballot.Id, "congress-office");
        Assert.Equal(1, await notices.SweepAsync());
        Assert.Equal(0, await notices.SweepAsync());
        var told = NoticeFacts.FromJson(Assert.Single(await notices.FeedAsync(Topic.Ballot, key)).Facts);
        Assert.Equal((3, true), (told.Papers!.Value, told.Sample));
        Assert.Equal(["样例口袋公园"], told.Adopted!);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AFollowedIndicatorIsToldOfTheNewFiguresAndTheRegionOfTheReport(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var followers = new Followers(store);
        await followers.FollowAsync(Topic.Indicator, "地区生产总值", "a@example.org", "zh", "http://localhost");
        var file = TestPaths.CorpusFiles().First(f => f.Contains("changzhou-2024-government-work-report", StringComparison.Ordinal));

        var result = Assert.Single(await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync([file]));

        var notices = new Notices(store);
        var figures = NoticeFacts.FromJson(Assert.Single(await notices.FeedAsync(Topic.Indicator, "地区生产总值")).Facts);
        Assert.Equal(("常州市", 2024), (figures.Region!, figures.Year!.Value));
        Assert.Contains(figures.Sentences!, s => s.Contains("地区生产总值", StringComparison.Ordinal));
        // The region's notice of the same import: nobody follows the region, so no scorecards were taken for it.
        var region = Notices.RegionKey(await RegionIdAsync(store, "常州市"));
        var report = NoticeFacts.FromJson((await notices.FeedAsync(Topic.Region, region)).Single().Facts);
        Assert.Equal(result.DocumentId, report.DocumentId);
        Assert.Empty(report.Changes!);

        // Once someone follows the region, its next report's notice carries the verdicts it changed.
        await followers.FollowAsync(Topic.Region, region, "b@example.org", "zh", "http://localhost");
        var next = TestPaths.CorpusFiles().First(f => f.Contains("changzhou-2025-government-work-report", StringComparison.Ordinal));
        var second = Assert.Single(await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync([next]));
        var told = NoticeFacts.FromJson((await notices.FeedAsync(Topic.Region, region)).Single(n => NoticeFacts.FromJson(n.Facts).DocumentId == second.DocumentId).Facts);
        Assert.NotEmpty(told.Changes!);
        Assert.NotEmpty(second.Changes!);
    }

    private static async Task<int> RegionIdAsync(PledgewatchStore store, string name)
    {
        await using var db = store.CreateContext();
        return await db.Regions.Where(r => r.Name == name).Select(r => r.Id).FirstAsync();
    }
}
