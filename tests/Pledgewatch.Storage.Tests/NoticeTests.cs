using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Following;
using Pledgewatch.Storage.Projects;

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
}
