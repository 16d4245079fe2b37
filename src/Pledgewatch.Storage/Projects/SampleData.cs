using Microsoft.EntityFrameworkCore;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Projects;

/// <summary>
/// Demonstration data for the projects cycle, added once to an empty project list: one real project
/// (武进区东安幼儿园, a 2023 Changzhou livelihood project; its location on the map is approximate)
/// and made-up projects, a vote and a rating, every one of them marked as sample data.
/// </summary>
public static class SampleData
{
    private const string Actor = "sample-data";

    /// <returns>False when projects already exist (nothing is added).</returns>
    public static async Task<bool> SeedAsync(PledgewatchStore store, TimeProvider? clock = null, CancellationToken ct = default)
    {
        clock ??= TimeProvider.System;
        await using (var db = store.CreateContext())
        {
            if (await db.Projects.AnyAsync(ct) || await db.Ballots.AnyAsync(b => b.IsSample, ct))
            {
                return false;
            }
        }

        var registry = new ProjectRegistry(store, clock);
        var today = ChinaTime.Today(clock);

        // The one real project, named in the reports: its place is shown as approximate.
        await registry.CreateAsync(new ProjectDraft(
            "常州市", "武进区", 2023, ProjectDraft.Livelihood, "武进区东安幼儿园", "常有善育", null,
            "2023年常州市民生实事项目之一，在“民生实事云图”的“常有善育”类别中。位置为示意。", null, null, null, null,
            [new Place("东安幼儿园（位置为示意）", new LngLat(119.93, 31.69), Approximate: true)], IsSample: false), Actor, ct);

        // Made-up livelihood projects of last year, with progress and milestones.
        var livelihood = new (string Name, string Category, string District, LngLat At, int Progress)[]
        {
            ("样例社区托育点", "常有善育", "天宁区", new(119.985, 31.785), 100),
            ("样例小学扩建", "常有优学", "新北区", new(119.965, 31.845), 100),
            ("样例老年助餐点", "常有颐养", "钟楼区", new(119.915, 31.775), 100),
            ("样例口袋公园", "常有安居", "金坛区", new(119.575, 31.735), 85),
            ("样例社区卫生服务站", "常有颐养", "溧阳市", new(119.485, 31.415), 100),
        };
        var year = today.Year - 1;
        var ids = new List<long>();
        foreach (var (name, category, district, at, progress) in livelihood)
        {
            var p = await registry.CreateAsync(new ProjectDraft("常州市", district, year, ProjectDraft.Livelihood, name, category, "样例责任单位",
                "样例数据：为演示而编写，不是真实项目。", "样例目标：年内建成并投入使用", 800, 800, 8 * progress, [new Place(name, at)], IsSample: true), Actor, ct);
            await registry.AddMilestoneAsync(p.Id, "开工", new DateOnly(year, 3, 1), new DateOnly(year, 3, 10), Actor, ct);
            await registry.AddMilestoneAsync(p.Id, "竣工", new DateOnly(year, 12, 31), progress == 100 ? new DateOnly(year, 12, 20) : null, Actor, ct);
            await registry.AddUpdateAsync(p.Id, progress, $"样例进展：完成{progress}%", new DateOnly(year, 12, 1), Actor, null, ct);
            ids.Add(p.Id);
        }

        var renewal = await registry.CreateAsync(new ProjectDraft("常州市", "武进区", year, ProjectDraft.Livelihood, "样例老旧小区改造", "常有安居", "样例责任单位",
            "样例数据：一片区域内的改造，不是真实项目。", "样例目标：改造样例小区3个", 2400, 2400, 2000,
            [new Place("样例改造片区", Place.Centre([new(119.95, 31.72), new(119.96, 31.72), new(119.96, 31.73), new(119.95, 31.73)]),
                [new(119.95, 31.72), new(119.96, 31.72), new(119.96, 31.73), new(119.95, 31.73)])], IsSample: true), Actor, ct);
        await registry.AddMilestoneAsync(renewal.Id, "开工", new DateOnly(year, 4, 1), new DateOnly(year, 4, 1), Actor, ct);
        await registry.AddMilestoneAsync(renewal.Id, "竣工", new DateOnly(year, 11, 30), new DateOnly(year, 12, 15), Actor, ct);
        await registry.AddUpdateAsync(renewal.Id, 100, "样例进展：3个样例小区改造完成", new DateOnly(year, 12, 15), Actor, null, ct);
        ids.Add(renewal.Id);

        // Made-up major projects, one on time, one slipping, one late, around today.
        var major = new (string Name, string Category, string District, LngLat At, (string, int, int?)[] Milestones, int Progress)[]
        {
            ("样例新能源电池基地", "新能源", "金坛区", new(119.60, 31.70), [("签约", -400, -410), ("拿地", -330, -300), ("开工", -270, -265), ("竣工", 120, null), ("投产", 200, null)], 70),
            ("样例智能装备产业园", "智能制造", "武进区", new(119.98, 31.66), [("签约", -300, -300), ("拿地", -200, -190), ("开工", -60, null), ("竣工", 300, null)], 20),
            ("样例物流枢纽", "现代服务业", "新北区", new(119.92, 31.88), [("签约", -500, -500), ("开工", -380, -380), ("竣工", -12, null)], 95),
        };
        foreach (var (name, category, district, at, milestones, progress) in major)
        {
            var p = await registry.CreateAsync(new ProjectDraft("常州市", district, today.Year, ProjectDraft.Major, name, category, "样例投资主体",
                "样例数据：为演示进度跟踪而编写，不是真实项目。", null, 500_000, 120_000, 5_000 * progress, [new Place(name, at)], IsSample: true), Actor, ct);
            foreach (var (label, planned, actual) in milestones)
            {
                await registry.AddMilestoneAsync(p.Id, label, today.AddDays(planned), actual is { } a ? today.AddDays(a) : null, Actor, ct);
            }

            await registry.AddUpdateAsync(p.Id, progress, $"样例进展：形象进度{progress}%", today.AddDays(-7), Actor, null, ct);
        }

        await SampleVoteAsync(store, today.Year, ct);
        await SampleRatingAsync(store, year, ids, ct);
        return true;
    }

    /// <summary>A closed sample vote of next year's candidates: its adopted candidates become sample projects.</summary>
    private static async Task SampleVoteAsync(PledgewatchStore store, int year, CancellationToken ct)
    {
        var opens = new DateTimeOffset(year - 1, 12, 20, 1, 0, 0, TimeSpan.Zero);
        var clock = new SetClock(opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var ballot = await ballots.CreateAsync(new BallotDraft("常州市", year, $"{year}年民生实事项目票决（样例）", opens, opens.AddHours(2), IsSample: true), 10, Actor, ct);
        var candidates = new (string Title, string Category, string District, LngLat At)[]
        {
            ("样例普惠托育中心", "常有善育", "天宁区", new(119.99, 31.79)), ("样例儿童友好公园", "常有善育", "新北区", new(119.97, 31.86)),
            ("样例中学新建", "常有优学", "武进区", new(119.96, 31.70)), ("样例学校食堂改造", "常有优学", "金坛区", new(119.59, 31.73)),
            ("样例助餐服务网点", "常有颐养", "钟楼区", new(119.92, 31.78)), ("样例家庭养老床位", "常有颐养", "溧阳市", new(119.50, 31.43)),
            ("样例背街小巷整治", "常有安居", "天宁区", new(119.99, 31.77)), ("样例公共停车泊位", "常有安居", "武进区", new(119.94, 31.72)),
            ("样例社区医院", "常有康护", "新北区", new(119.95, 31.83)), ("样例急救站点", "常有康护", "金坛区", new(119.56, 31.72)),
            ("样例公交线网优化", "常有畅行", "钟楼区", new(119.90, 31.79)), ("样例非机动车道", "常有畅行", "溧阳市", new(119.47, 31.40)),
        };
        // Collected as proposals, then shortlisted onto the ballot; two for the next year are on record (one declined).
        var proposals = new Proposals(store, clock);
        var ids = new List<long>();
        var n = 0;
        foreach (var (title, category, district, at) in candidates)
        {
            var proposal = await proposals.AddAsync("常州市", year, new ProposalEntity
            {
                Title = title,
                Category = category,
                Budget = 5_000_000,
                OwnerDepartment = "样例责任单位",
                Source = Proposals.Sources[n++ % Proposals.Sources.Count],
                DistrictId = await DistrictAsync(store, district, ct),
                Description = "样例候选项目，不是真实项目。",
                Places = ProjectPlaces.Write([new Place(title, at)]),
                Status = "",
                SubmittedBy = "",
                IsSample = true,
            }, Actor, ct);
            ids.Add((await proposals.ShortlistAsync(proposal.Id, ballot.Id, Actor, ct)).Id);
        }

        await proposals.AddAsync("常州市", year + 1, new ProposalEntity { Title = "样例夜间集市", Source = "市民建议", Category = "常有安居", Status = "", SubmittedBy = "", IsSample = true }, Actor, ct);
        var declined = await proposals.AddAsync("常州市", year + 1, new ProposalEntity { Title = "样例地标建筑", Source = "部门提出", Status = "", SubmittedBy = "", IsSample = true }, Actor, ct);
        await proposals.DeclineAsync(declined.Id, Actor, ct);

        const int deputies = 40;
        await ballots.ImportRosterAsync(ballot.Id, new StringReader("code,name\n" + string.Join("\n", Enumerable.Range(1, deputies).Select(i => $"S{i:D3},样例代表{i}"))), Actor, sample: true, ct);
        clock.Now = opens.AddMinutes(10);

        // Sample papers: deputy i approves ten candidates, leaving out two that shift with i, so the count varies.
        for (var i = 0; i < deputies; i++)
        {
            var skip = new HashSet<int> { i % 12, (i * 5 + 3) % 12 };
            while (skip.Count < 2)
            {
                skip.Add((i + 7) % 12);
            }

            var paper = ids.Select((id, n) => (id, n)).ToDictionary(x => x.id, x => skip.Contains(x.n) ? (x.n % 2 == 0 ? Choice.Oppose : Choice.Abstain) : Choice.Approve);
            await ballots.CastAsync(ballot.Id, $"S{i + 1:D3}", Guid.NewGuid(), paper, ct);
        }

        clock.Now = opens.AddHours(2);
        await ballots.CloseAsync(ballot.Id, Actor, ct);
    }

    /// <summary>A closed sample year-end rating of last year's sample projects.</summary>
    private static async Task SampleRatingAsync(PledgewatchStore store, int year, IReadOnlyList<long> projects, CancellationToken ct)
    {
        var opens = new DateTimeOffset(year, 12, 25, 1, 0, 0, TimeSpan.Zero);
        var clock = new SetClock(opens.AddDays(-1));
        var ballots = new Ballots(store, clock);
        var rating = await ballots.CreateRatingAsync(new BallotDraft("常州市", year, $"{year}年民生实事满意度测评（样例）", opens, opens.AddHours(2), IsSample: true), projects, Actor, ct);
        const int deputies = 40;
        await ballots.ImportRosterAsync(rating.Id, new StringReader("code,name\n" + string.Join("\n", Enumerable.Range(1, deputies).Select(i => $"S{i:D3},样例代表{i}"))), Actor, sample: true, ct);
        var items = (await ballots.RatingsAsync(rating.Id, ct))!.Value.Items;
        clock.Now = opens.AddMinutes(10);
        for (var i = 0; i < deputies; i++)
        {
            var paper = items.Select((item, n) => (item.Id, n)).ToDictionary(x => x.Id, x => ((i + x.n) % 9) switch { 0 => Rating.Dissatisfied, 1 or 2 => Rating.FairlySatisfied, _ => Rating.Satisfied });
            await ballots.RateAsync(rating.Id, $"S{i + 1:D3}", Guid.NewGuid(), paper, ct);
        }

        clock.Now = opens.AddHours(2);
        await ballots.CloseAsync(rating.Id, Actor, ct);
    }

    private static async Task<int?> DistrictAsync(PledgewatchStore store, string name, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        return (await RegionDirectory.FindAsync(db, name, ct))?.Id;
    }

    /// <summary>A clock set by hand, to lay down a past vote at its own times.</summary>
    private sealed class SetClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
