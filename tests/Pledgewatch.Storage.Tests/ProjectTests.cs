using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Tests;

/// <summary>Projects from the vote to the year-end rating, on both engines.</summary>
public sealed class ProjectTests
{
    private static readonly DateTimeOffset Opens = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

    private static ProjectDraft Draft(string name, string kind = ProjectDraft.Major, string? category = "先进制造业") => new(
        "常州市", "武进区", 2025, kind, name, category, "样例局", "样例说明", "样例目标", 10_000, 4_000, 2_500,
        [new Place("样例地点", new LngLat(119.95, 31.70))], IsSample: true);

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AdoptedCandidatesBecomeProjectsWhenTheBallotCloses(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "样例票决", Opens, Opens.AddHours(2), IsSample: true), 2, "office");
        var ids = new List<long>();
        foreach (var (title, category) in new[] { ("样例幼儿园", "常有善育"), ("样例学校", "常有优学"), ("样例公园", "常有宜居") })
        {
            var places = ProjectPlaces.Write([new Place(title, new LngLat(119.9 + ids.Count * 0.01, 31.7))]);
            ids.Add((await ballots.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = title, Category = category, Budget = 3_000_000, Places = places, IsSample = true }, "office")).Id);
        }

        await ballots.ImportRosterAsync(ballot.Id, new StringReader("code,name\nD1,样例代表1\nD2,样例代表2\nD3,样例代表3"), "office", sample: true);
        clock.SetUtcNow(Opens.AddMinutes(1));
        foreach (var d in new[] { "D1", "D2", "D3" })
        {
            var paper = new Dictionary<long, Choice> { [ids[0]] = Choice.Approve, [ids[1]] = d == "D3" ? Choice.Oppose : Choice.Approve, [ids[2]] = Choice.Abstain };
            Assert.Equal(CastOutcome.Accepted, (await ballots.CastAsync(ballot.Id, d, Guid.NewGuid(), paper)).Outcome);
        }

        var tally = (await ballots.CloseAsync(ballot.Id, "office"))!;
        Assert.Equal([ids[0], ids[1]], tally.Adopted.Select(a => a.Candidate).Order());

        var registry = new ProjectRegistry(store, clock);
        var projects = await registry.ListAsync(new ProjectFilter(Year: 2025));
        Assert.Equal(["样例幼儿园", "样例学校"], projects.Select(p => p.Project.Name));
        var kindergarten = projects[0];
        Assert.True(kindergarten.Project.IsSample);
        Assert.Equal("常有善育", kindergarten.Project.Category);
        Assert.Equal(300, kindergarten.Project.TotalInvestment);
        Assert.Equal(new LngLat(119.9, 31.7), kindergarten.Places.Single().Point);
        Assert.Equal(ScheduleStatus.NoPlan, kindergarten.Status);
        Assert.Equal(["样例学校"], (await registry.ListAsync(new ProjectFilter(Category: "常有优学"))).Select(p => p.Project.Name));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task MilestonesProgressAndPhotosMakeTheProjectsStanding(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 4, 0, 0, TimeSpan.Zero));
        var registry = new ProjectRegistry(store, clock);
        var project = await registry.CreateAsync(Draft("样例新能源电池项目"), "editor");
        await registry.AddMilestoneAsync(project.Id, "签约", new(2025, 1, 15), new(2025, 1, 10), "editor");
        var start = await registry.AddMilestoneAsync(project.Id, "开工", new(2025, 6, 10), null, "editor");
        await registry.AddMilestoneAsync(project.Id, "投产", new(2026, 6, 30), null, "editor");

        var detail = (await registry.FindAsync(project.Id))!;
        Assert.Equal(ScheduleStatus.Slipping, detail.Summary.Status);
        Assert.Equal(new Slip("开工", new(2025, 6, 10), 20), detail.Summary.Slip);
        Assert.Equal(0.25, detail.Summary.InvestmentRate);
        Assert.Equal([ScheduleStatus.Slipping], (await registry.ListAsync(new ProjectFilter(Status: ScheduleStatus.Slipping))).Select(p => p.Status));

        clock.Advance(TimeSpan.FromDays(15));
        Assert.Equal(ScheduleStatus.Late, (await registry.FindAsync(project.Id))!.Summary.Status);
        await registry.ReachMilestoneAsync(project.Id, start.Id, new(2025, 7, 12), "editor");
        Assert.Equal(ScheduleStatus.OnTrack, (await registry.FindAsync(project.Id))!.Summary.Status);

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var update = await registry.AddUpdateAsync(project.Id, 35, "主体结构施工中", new(2025, 7, 14), "editor", ("image/png", png));
        await registry.AddUpdateAsync(project.Id, 20, "补记：场地平整", new(2025, 7, 1), "editor", null);
        detail = (await registry.FindAsync(project.Id))!;
        Assert.Equal(35, detail.Summary.Project.Progress);
        Assert.Equal([35, 20], detail.Updates.Select(u => u.Percent));
        Assert.Equal(png, (await registry.PhotoAsync(update.PhotoId!.Value))!.Bytes);
        Assert.Equal("image/png", (await registry.PhotoAsync(update.PhotoId!.Value))!.ContentType);

        var notImage = await Assert.ThrowsAsync<StoreException>(() => registry.AddUpdateAsync(project.Id, 40, "x", new(2025, 7, 20), "editor", ("image/jpeg", "MZ not a photo"u8.ToArray())));
        Assert.Contains("not a JPEG, PNG or WebP", notImage.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreException>(() => registry.AddUpdateAsync(project.Id, 140, "x", new(2025, 7, 20), "editor", null));
        Assert.Equal(35, (await registry.FindAsync(project.Id))!.Summary.Project.Progress);

        await using var db = store.CreateContext();
        Assert.Equal(["project.create", "milestone.add", "milestone.add", "milestone.add", "milestone.reach", "progress.add", "progress.add"],
            await db.AuditLog.Where(a => a.Subject == $"project {project.Id}" || a.Details == project.Name).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task FeedbackIsShownOnlyOnceApprovedAndTheFirstDecisionStands(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var project = await new ProjectRegistry(store).CreateAsync(Draft("样例幼儿园", ProjectDraft.Livelihood, "常有善育"), "editor");
        var queue = new FeedbackQueue(store);
        var kind = await queue.SubmitAsync(project.Id, "居民", "门口的路灯还没装好");
        var rude = await queue.SubmitAsync(project.Id, null, "广告");
        Assert.Empty((await new ProjectRegistry(store).FindAsync(project.Id))!.Feedback);
        Assert.Equal(2, (await queue.PendingAsync()).Count);

        Assert.True(await queue.ModerateAsync(kind.Id, approve: true, "editor"));
        Assert.True(await queue.ModerateAsync(rude.Id, approve: false, "editor"));
        Assert.False(await queue.ModerateAsync(rude.Id, approve: true, "other-editor"));
        Assert.Equal(["门口的路灯还没装好"], (await new ProjectRegistry(store).FindAsync(project.Id))!.Feedback.Select(f => f.Body));
        Assert.Empty(await queue.PendingAsync());
        await Assert.ThrowsAsync<StoreException>(() => queue.SubmitAsync(project.Id, null, new string('长', FeedbackQueue.MaxLength + 1)));
        await Assert.ThrowsAsync<StoreException>(() => queue.SubmitAsync(project.Id + 100, null, "没有这个项目"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task TheYearEndRatingIsCastOnceCountedFromThePapersAndVerified(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var registry = new ProjectRegistry(store);
        var a = await registry.CreateAsync(Draft("样例幼儿园", ProjectDraft.Livelihood, "常有善育"), "editor");
        var b = await registry.CreateAsync(Draft("样例停车场", ProjectDraft.Livelihood, "常有宜居"), "editor");
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var rating = await ballots.CreateRatingAsync(new BallotDraft("常州市", 2025, "2025年民生实事满意度测评（样例）", Opens, Opens.AddHours(1), IsSample: true), [a.Id, b.Id], "office");
        // One more deputy on the roster than rate in time: the last one tries after close.
        const int deputies = 60;
        await ballots.ImportRosterAsync(rating.Id, new StringReader("code,name\n" + string.Join("\n", Enumerable.Range(1, deputies + 1).Select(i => $"D{i},样例代表{i}"))), "office", sample: true);
        var items = (await ballots.RatingsAsync(rating.Id))!.Value.Items;
        Assert.Equal([a.Id, b.Id], items.Select(i => i.ProjectId!.Value));
        clock.SetUtcNow(Opens.AddMinutes(1));

        // Deputy i rates the kindergarten 满意 when i is even, else 基本满意; the car park 不满意 when i % 3 == 0.
        var outcomes = new ConcurrentBag<CastOutcome>();
        var submissions = Enumerable.Range(1, deputies).SelectMany(i =>
        {
            var paper = new Dictionary<long, Rating> { [items[0].Id] = i % 2 == 0 ? Rating.Satisfied : Rating.FairlySatisfied, [items[1].Id] = i % 3 == 0 ? Rating.Dissatisfied : Rating.Satisfied };
            return Enumerable.Repeat((Code: $"D{i}", Key: Guid.NewGuid(), Paper: paper), i % 4 == 0 ? 2 : 1);
        }).ToList();
        await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (s, ct) => outcomes.Add((await ballots.RateAsync(rating.Id, s.Code, s.Key, s.Paper, ct)).Outcome));
        Assert.Equal(deputies, outcomes.Count(o => o == CastOutcome.Accepted));
        Assert.Equal(deputies / 4, outcomes.Count(o => o == CastOutcome.AlreadyAccepted));

        // A vote paper is not a rating, and a rating is not a vote.
        Assert.Equal(CastOutcome.NoBallot, (await ballots.CastAsync(rating.Id, "D1", Guid.NewGuid(), new Dictionary<long, Choice>())).Outcome);
        Assert.Null(await ballots.TallyAsync(rating.Id));

        await ballots.CloseAsync(rating.Id, "office");
        Assert.Equal(CastOutcome.Closed, (await ballots.RateAsync(rating.Id, $"D{deputies + 1}", Guid.NewGuid(), new Dictionary<long, Rating> { [items[0].Id] = Rating.Satisfied, [items[1].Id] = Rating.Satisfied })).Outcome);
        var counts = (await ballots.RatingsAsync(rating.Id))!.Value.Counts;
        Assert.Equal((30, 30, 0), (counts[0].Satisfied, counts[0].FairlySatisfied, counts[0].Dissatisfied));
        Assert.Equal((40, 0, 20), (counts[1].Satisfied, counts[1].FairlySatisfied, counts[1].Dissatisfied));
        Assert.Null(await ballots.VerifyAsync(rating.Id, "auditor"));
        var shown = (await registry.FindAsync(b.Id))!.Ratings.Single();
        Assert.Equal(40.0 / 60, shown.Count.SatisfactionRate);

        // No project is created by closing a rating.
        Assert.Equal(2, (await registry.ListAsync(new ProjectFilter())).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ProposalsAreShortlistedOntoTheBallotOnceOrDeclined(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(Opens.AddDays(-1));
        var proposals = new Proposals(store, clock);
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", 2025, "样例票决", Opens, Opens.AddHours(1), IsSample: true), 2, "office");
        var other = await ballots.CreateAsync(new BallotDraft("武进区", 2025, "样例区级票决", Opens, Opens.AddHours(1), IsSample: true), 2, "office");
        var places = ProjectPlaces.Write([new Place("样例托育园", new LngLat(119.98, 31.79))]);
        var a = await proposals.AddAsync("常州市", 2025, new ProposalEntity { Title = "样例托育园", Source = "代表建议", Category = "常有善育", Budget = 2_000_000, Places = places, Status = "", SubmittedBy = "", IsSample = true }, "office");
        var b = await proposals.AddAsync("常州市", 2025, new ProposalEntity { Title = "样例停车场", Source = "市民建议", Status = "", SubmittedBy = "", IsSample = true }, "office");
        var c = await proposals.AddAsync("常州市", 2025, new ProposalEntity { Title = "样例广场", Source = "部门提出", Status = "", SubmittedBy = "", IsSample = true }, "office");
        await Assert.ThrowsAsync<StoreException>(() => proposals.AddAsync("常州市", 2025, new ProposalEntity { Title = "样例", Source = "传闻", Status = "", SubmittedBy = "" }, "office"));

        // Two editors shortlist the same proposal at once: one candidate.
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            try
            {
                return (await proposals.ShortlistAsync(a.Id, ballot.Id, "office")).Id;
            }
            catch (StoreException)
            {
                return 0;
            }
        }));
        Assert.Single(results, r => r != 0);
        await Assert.ThrowsAsync<StoreException>(() => proposals.ShortlistAsync(b.Id, other.Id, "office"));
        await proposals.DeclineAsync(c.Id, "office");
        await Assert.ThrowsAsync<StoreException>(() => proposals.ShortlistAsync(c.Id, ballot.Id, "office"));

        // Once voting opens the shortlist is fixed, and a refused shortlist leaves the proposal as it was.
        clock.SetUtcNow(Opens.AddMinutes(1));
        await Assert.ThrowsAsync<StoreException>(() => proposals.ShortlistAsync(b.Id, ballot.Id, "office"));
        var listed = await proposals.ListAsync("常州市", 2025);
        Assert.Equal([Proposals.Shortlisted, Proposals.Proposed, Proposals.Declined], listed.Select(p => p.Status));
        await using var db = store.CreateContext();
        var candidate = await db.Candidates.SingleAsync(x => x.BallotId == ballot.Id);
        Assert.Equal((listed[0].CandidateId, "样例托育园", "代表建议", 2_000_000.0, places), ((long?)candidate.Id, candidate.Title, candidate.Source, candidate.Budget!.Value, candidate.Places));
        Assert.True(candidate.IsSample);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task SampleDataIsAddedOnceAndEverythingMadeUpIsMarkedSample(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 4, 0, 0, TimeSpan.Zero));
        Assert.True(await SampleData.SeedAsync(store, clock));
        Assert.False(await SampleData.SeedAsync(store, clock));

        var projects = await new ProjectRegistry(store, clock).ListAsync(new ProjectFilter());
        var real = Assert.Single(projects, p => !p.Project.IsSample);
        Assert.Equal("武进区东安幼儿园", real.Project.Name);
        Assert.True(real.Places.Single().Approximate);
        Assert.All(projects.Where(p => p.Project.IsSample), p => Assert.StartsWith("样例", p.Project.Name, StringComparison.Ordinal));

        // The sample vote adopted ten of twelve shortlisted proposals; the sample rating is closed and verifies.
        await using var db = store.CreateContext();
        var ballots = await db.Ballots.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
        Assert.All(ballots, b => Assert.True(b.IsSample && b.ClosedAt is not null));
        Assert.Equal(10, projects.Count(p => p.Project.CandidateId is not null));
        Assert.Equal(12, await db.Proposals.CountAsync(p => p.Status == Proposals.Shortlisted));
        foreach (var b in ballots)
        {
            Assert.Null(await new Ballots(store).VerifyAsync(b.Id, "auditor"));
        }

        Assert.Contains(projects, p => p.Status == ScheduleStatus.Late);
        Assert.Contains(projects, p => p.Status == ScheduleStatus.Slipping);
        Assert.Contains(projects, p => p.Status == ScheduleStatus.Completed);
    }
}
