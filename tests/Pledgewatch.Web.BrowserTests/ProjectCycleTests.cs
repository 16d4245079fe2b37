using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The livelihood-projects cycle in a real browser: a deputy votes on a phone, the congress office
/// closes the vote, the tally shows the adopted projects, the public map shows them and filters
/// points and list together, "near me" sorts by distance, and a project page shows its progress and
/// a navigation link. All candidates and deputies here are made up and marked as sample data.
/// </summary>
[Collection(AppAndBrowser.Name)]
public sealed class ProjectCycleTests(RunningApp app, Browser browser)
{
    private const int Year = 2031;

    private static readonly (string Title, string Category, string District, LngLat At)[] Candidates =
    [
        ("样例普惠托育园", "常有善育", "天宁区", new(119.985, 31.785)),
        ("样例儿童公园", "常有善育", "新北区", new(119.965, 31.850)),
        ("样例学校扩建", "常有优学", "溧阳市", new(119.485, 31.415)),
        ("样例助餐点", "常有颐养", "金坛区", new(119.575, 31.735)),
    ];

    [Fact]
    public async Task ADeputyVotesOnAPhoneTheTallyShowsTheAdoptedAndTheMapShowsThem()
    {
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(app.Database));
        var (ballot, ids) = await SampleBallotAsync(store);

        // A deputy votes on a phone-sized window: approves the first three, opposes the fourth.
        var phone = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        var external = new List<IReadOnlyCollection<string>> { Browser.RequestsLeaving(phone, app.BaseUrl) };
        var deputy = await phone.NewPageAsync();
        await app.LogInAsync(deputy, "cycle-deputy-1");
        await deputy.GotoAsync($"{app.BaseUrl}/ballots/{ballot}");
        await deputy.GetByRole(AriaRole.Link, new() { Name = "去投票" }).ClickAsync();
        await Assertions.Expect(deputy).ToHaveURLAsync(new Regex($"/ballots/{ballot}/vote$"));
        for (var i = 0; i < 3; i++)
        {
            await deputy.Locator($"input[name=m{ids[i]}][value=approve]").CheckAsync();
        }

        await deputy.Locator($"input[name=m{ids[3]}][value=oppose]").CheckAsync();
        Assert.False(await HasHorizontalScrollAsync(deputy), "the paper scrolls sideways on a phone");
        await deputy.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "vote-phone.png"), FullPage = true });
        await deputy.GetByRole(AriaRole.Button, new() { Name = "提交投票" }).ClickAsync();
        await Assertions.Expect(deputy.Locator(".vote-result")).ToContainTextAsync("您的投票已记录");
        await deputy.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "vote-phone-recorded.png") });

        // The second deputy approves the same three; the third stays away. Majority: 2 of 3.
        var live = new Ballots(store);
        Assert.True((await live.CastAsync(ballot, "C2", Guid.NewGuid(), new Dictionary<long, Choice> { [ids[0]] = Choice.Approve, [ids[1]] = Choice.Approve, [ids[2]] = Choice.Approve, [ids[3]] = Choice.Abstain })).Counts);

        // The congress office closes the vote from its page; the tally shows who was adopted.
        var office = await DesktopAsync(external);
        await app.LogInAsync(office, RunningApp.Clerk);
        await office.GotoAsync($"{app.BaseUrl}/ballots/{ballot}/manage");
        await office.Locator("#close-ballot").ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Status)).ToContainTextAsync("已结束");
        await office.GotoAsync($"{app.BaseUrl}/ballots/{ballot}");
        for (var i = 0; i < 3; i++)
        {
            await Assertions.Expect(office.Locator("table.tally tr", new() { HasText = Candidates[i].Title }).Locator(".chip")).ToHaveTextAsync("当选");
        }

        await Assertions.Expect(office.Locator("table.tally tr", new() { HasText = Candidates[3].Title }).Locator(".chip")).ToHaveTextAsync("未当选");
        await office.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "tally.png"), FullPage = true });

        // The public map shows the three adopted projects; a category filter changes points and list together.
        var citizen = await DesktopAsync(external, geolocation: Candidates[2].At);
        await citizen.GotoAsync($"{app.BaseUrl}/projects?year={Year}");
        var listed = citizen.Locator("#project-list li:visible");
        var points = citizen.Locator("#project-map path.project-point");
        await Assertions.Expect(listed).ToHaveCountAsync(3);
        await Assertions.Expect(points).ToHaveCountAsync(3);
        await Assertions.Expect(citizen.Locator("#project-map path.leaflet-interactive").First).ToBeVisibleAsync();
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "map.png") });

        await citizen.Locator("select[name=category]").SelectOptionAsync("常有善育");
        await Assertions.Expect(listed).ToHaveCountAsync(2);
        await Assertions.Expect(points).ToHaveCountAsync(2);
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("category=%E5%B8%B8%E6%9C%89%E5%96%84%E8%82%B2"));
        Assert.Equal(new[] { Candidates[0].Title, Candidates[1].Title }.Order(), (await listed.Locator("a").AllInnerTextsAsync()).Order());
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "map-filtered.png") });

        await citizen.Locator("select[name=category]").SelectOptionAsync("");
        await Assertions.Expect(points).ToHaveCountAsync(3);

        // Near me: standing at the school, it comes first.
        await citizen.Locator("#near-me").ClickAsync();
        await Assertions.Expect(citizen.Locator("#near-me-status")).ToContainTextAsync("已按与您的距离排序");
        await Assertions.Expect(listed.First).ToContainTextAsync(Candidates[2].Title);
        await Assertions.Expect(listed.First.Locator(".distance")).ToContainTextAsync(" m");

        // An editor reports progress; the project page shows it and a route link in a Chinese map app.
        await citizen.Locator("#project-list a", new() { HasText = Candidates[0].Title }).ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/projects/\\d+$"));
        var projectUrl = citizen.Url;
        office = await DesktopAsync(external);
        await app.LogInAsync(office, RunningApp.Editor);
        await office.GotoAsync(projectUrl + "/progress");
        await office.Locator("form", new() { Has = office.Locator("input[name=planned]") }).Locator("input[name=name]").FillAsync("开工");
        await office.Locator("input[name=planned]").FillAsync("2031-03-01");
        await office.Locator("form", new() { Has = office.Locator("input[name=planned]") }).Locator("input[name=actual]").FillAsync("2031-03-03");
        await office.GetByRole(AriaRole.Button, new() { Name = "添加节点" }).ClickAsync();
        await office.Locator("input[name=percent]").FillAsync("40");
        await office.Locator("textarea[name=text]").FillAsync("样例进展：主体结构施工中");
        await office.GetByRole(AriaRole.Button, new() { Name = "发布进展" }).ClickAsync();
        await Assertions.Expect(office).ToHaveURLAsync(new Regex("/progress$"));

        var project = await phone.NewPageAsync();
        await project.GotoAsync(projectUrl);
        await Assertions.Expect(project.Locator("#project-progress")).ToHaveAttributeAsync("value", "40");
        await Assertions.Expect(project.Locator(".updates")).ToContainTextAsync("主体结构施工中");
        var route = project.Locator("a.nav-link", new() { HasText = "高德" });
        // The point is stored in WGS-84 and handed to Amap in GCJ-02.
        await Assertions.Expect(route).ToHaveAttributeAsync("href", NavigationLinks.AmapRoute(Candidates[0].At, Candidates[0].Title));
        Assert.Contains(FormattableString.Invariant($"to={ChinaCoordinates.WgsToGcj(Candidates[0].At).Lng:0.000000},"), await route.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Assertions.Expect(project.Locator("h1 .chip").First).ToContainTextAsync("样例数据");
        Assert.False(await HasHorizontalScrollAsync(project), "the project page scrolls sideways on a phone");
        // The mini-map shows the project's district outlined and named around its point, not a grey box with a dot.
        var district = await project.Locator("#project-map").GetAttributeAsync("data-district");
        await Assertions.Expect(project.Locator("#project-map .district-label", new() { HasText = district! })).ToBeInViewportAsync();
        await Assertions.Expect(project.Locator("#project-map path[stroke='#3c7bd1']")).ToHaveCountAsync(1);
        await project.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "project-phone.png"), FullPage = true });
        await phone.CloseAsync();

        // Nothing left the app: no tiles, no fonts, no scripts from elsewhere.
        Assert.Empty(external.SelectMany(e => e));
    }

    /// <summary>A sample ballot of <see cref="Year"/>, open since a minute ago, three sample deputies with accounts.</summary>
    private static async Task<(long Ballot, long[] Candidates)> SampleBallotAsync(PledgewatchStore store)
    {
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(store, new FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await setup.CreateAsync(new BallotDraft("常州市", Year, "样例票决（浏览器测试）", opens, opens.AddHours(2), IsSample: true), 3, "congress-office");
        var ids = new List<long>();
        foreach (var (title, category, district, at) in Candidates)
        {
            int? districtId;
            await using (var db = store.CreateContext())
            {
                districtId = (await RegionDirectory.FindAsync(db, district))!.Id;
            }

            ids.Add((await setup.AddCandidateAsync(ballot.Id, new CandidateEntity
            {
                Title = title,
                Category = category,
                DistrictId = districtId,
                Places = ProjectPlaces.Write([new Place(title, at)]),
                IsSample = true,
            }, "congress-office")).Id);
        }

        await setup.ImportRosterAsync(ballot.Id, new StringReader("code,name,user\nC1,样例代表一,cycle-deputy-1\nC2,样例代表二,cycle-deputy-2\nC3,样例代表三,cycle-deputy-3"), "congress-office", sample: true);
        var users = new UserDirectory(store);
        for (var i = 1; i <= 3; i++)
        {
            await users.AddAsync($"cycle-deputy-{i}", UserDirectory.Deputy, RunningApp.Password);
        }

        return (ballot.Id, [.. ids]);
    }

    /// <summary>A desktop page (at a position, if given), its requests leaving the app recorded in <paramref name="external"/>.</summary>
    private async Task<IPage> DesktopAsync(List<IReadOnlyCollection<string>> external, LngLat? geolocation = null)
    {
        var options = new BrowserNewContextOptions();
        if (geolocation is { } at)
        {
            options.Geolocation = new Geolocation { Longitude = (float)at.Lng, Latitude = (float)at.Lat };
            options.Permissions = ["geolocation"];
        }

        var context = await browser.NewContextAsync(options);
        external.Add(Browser.RequestsLeaving(context, app.BaseUrl));
        return await context.NewPageAsync();
    }

    private static Task<bool> HasHorizontalScrollAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
}
