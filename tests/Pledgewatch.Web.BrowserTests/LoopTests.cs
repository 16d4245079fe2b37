using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The closed loops in a real browser: a citizen hands in a complaint with a photo on a phone, the
/// department replies, the citizen rates it with their key and the map shows it closed; a deputy's
/// suggestion goes from submission through 督办 to a rated reply.
/// </summary>
[Collection(AppAndBrowser.Name)]
public sealed partial class LoopTests(RunningApp app, Browser browser)
{
    private const string Desk = "12345热线办公室";
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private async Task AccountsAsync()
    {
        var users = new UserDirectory(await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(app.Database)));
        await users.AddAsync("loop-desk", UserDirectory.Editor, RunningApp.Password, Desk);
        await users.AddAsync("loop-deputy", UserDirectory.Deputy, RunningApp.Password);
    }

    [Fact]
    public async Task ACitizensComplaintFromAPhoneIsRepliedRatedAndShownClosedAndASuggestionIsSupervisedToARatedReply()
    {
        await AccountsAsync();
        var phone = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, Permissions = ["geolocation"], Geolocation = new() { Latitude = 31.7802f, Longitude = 119.9601f } });
        var external = Browser.RequestsLeaving(phone, app.BaseUrl);
        var citizen = await phone.NewPageAsync();

        // The citizen, on a phone: the form, "my location", a photo.
        await citizen.GotoAsync(app.BaseUrl + "/cases#new");
        var form = citizen.Locator("form[action='/cases/new']");
        await form.Locator("input[name=region]").FillAsync("常州市");
        await form.Locator("select[name=category]").SelectOptionAsync("道路交通");
        await form.Locator("textarea[name=text]").FillAsync("路口红绿灯时间太短，老人过不去马路");
        await form.Locator("#case-here").ClickAsync();
        await Assertions.Expect(form.Locator("#case-lat")).ToHaveValueAsync(new Regex("^31\\.78"));
        await form.Locator("input[name=photos]").SetInputFilesAsync(new FilePayload { Name = "路口.png", MimeType = "image/png", Buffer = Png });
        await form.Locator("input[name=phone]").FillAsync("13700000000");
        await form.Locator("button[type=submit]").ClickAsync();
        var key = await citizen.Locator("#case-key").InnerTextAsync();
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "case-receipt-390.png") });
        await citizen.GetByRole(AriaRole.Link, new() { Name = "查看案件" }).ClickAsync();
        var casePage = citizen.Url;
        Assert.Matches("/cases/[0-9]+$", casePage);

        // The department, at its desk: accept, reply; it sees the phone number to call back.
        var desk = await (await browser.NewContextAsync()).NewPageAsync();
        await app.LogInAsync(desk, "loop-desk");
        await desk.GotoAsync(casePage);
        await Assertions.Expect(desk.Locator("dl.facts")).ToContainTextAsync("13700000000");
        await desk.GetByRole(AriaRole.Button, new() { Name = "受理" }).ClickAsync();
        await desk.Locator("textarea[name=text]").FillAsync("已延长行人绿灯时间至30秒");
        await desk.GetByRole(AriaRole.Button, new() { Name = "答复", Exact = true }).ClickAsync();
        await Assertions.Expect(desk.Locator("main")).ToContainTextAsync("已延长行人绿灯时间至30秒");

        // The citizen rates it with the key; the phone number is nowhere on their page.
        await citizen.GotoAsync(casePage);
        await citizen.GetByLabel("查询码").FillAsync(key);
        await citizen.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await citizen.GetByRole(AriaRole.Button, new() { Name = "评价" }).ClickAsync();
        await Assertions.Expect(citizen.Locator("dl.facts")).ToContainTextAsync("已办结");
        Assert.DoesNotContain("13700000000", await citizen.ContentAsync(), StringComparison.Ordinal);
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "case-closed-390.png"), FullPage = true });

        // The map shows it closed: its point is green.
        var id = casePage.Split('/')[^1];
        await citizen.GotoAsync(app.BaseUrl + "/cases");
        await Assertions.Expect(citizen.Locator($"#case-list li[data-closed=true] a[href='/cases/{id}']")).ToBeVisibleAsync();
        await Assertions.Expect(citizen.Locator("#case-map path[fill='#1e7b34']").First).ToBeVisibleAsync();
        await citizen.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "cases-map-390.png") });
        Assert.Empty(external);

        // A deputy's suggestion: handed in, registered and supervised by the office, assigned, replied, rated.
        var deputy = await phone.NewPageAsync();
        await app.LogInAsync(deputy, "loop-deputy");
        await deputy.GotoAsync(app.BaseUrl + "/suggestions");
        var handIn = deputy.Locator("form.form");
        await handIn.Locator("input[name=region]").FillAsync("常州市");
        await handIn.Locator("input[name=title]").FillAsync("关于延长学校路口行人绿灯时间的建议");
        await handIn.Locator("textarea[name=text]").FillAsync("上下学时段行人多，绿灯时间不够。");
        await handIn.GetByRole(AriaRole.Button, new() { Name = "提交" }).ClickAsync();
        await Assertions.Expect(deputy).ToHaveURLAsync(new Regex("/suggestions/[0-9]+$"));
        var suggestion = deputy.Url;

        var office = await (await browser.NewContextAsync()).NewPageAsync();
        await app.LogInAsync(office, RunningApp.Clerk);
        await office.GotoAsync(suggestion);
        await office.GetByRole(AriaRole.Button, new() { Name = "登记编号" }).ClickAsync();
        await office.Locator("input[name=supervisor]").FillAsync("常委会副主任");
        await office.GetByLabel("重点建议（领导领衔督办）").CheckAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "督办", Exact = true }).ClickAsync();
        await office.Locator("input[name=lead]").FillAsync(Desk);
        await office.GetByRole(AriaRole.Button, new() { Name = "交办（三个月内答复）" }).ClickAsync();
        await Assertions.Expect(office.Locator("dl.facts")).ToContainTextAsync("办理中");

        await desk.GotoAsync(suggestion);
        await desk.Locator("select[name=class]").SelectOptionAsync("Solved");
        await desk.Locator("textarea[name=text]").FillAsync("已在三个学校路口延长行人绿灯时间。");
        await desk.GetByRole(AriaRole.Button, new() { Name = "答复", Exact = true }).ClickAsync();

        await deputy.GotoAsync(suggestion);
        await deputy.GetByLabel("满意", new() { Exact = true }).CheckAsync();
        await deputy.GetByRole(AriaRole.Button, new() { Name = "评价" }).ClickAsync();
        await Assertions.Expect(deputy.Locator("main")).ToContainTextAsync("代表评价：满意");
        await Assertions.Expect(deputy.Locator("dl.facts")).ToContainTextAsync("重点建议");
        await deputy.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "suggestion-rated-390.png"), FullPage = true });
        await phone.CloseAsync();
    }
}
