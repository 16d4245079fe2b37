using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Pledgewatch.Web.BrowserTests;

[CollectionDefinition(Name)]
public sealed class AppAndBrowser : ICollectionFixture<RunningApp>, ICollectionFixture<Browser>
{
    public const string Name = "app and browser";
}

/// <summary>What a staffer, a journalist and an editor do, in a real browser.</summary>
[Collection(AppAndBrowser.Name)]
public sealed partial class BrowserTests(RunningApp app, Browser browser)
{
    [Fact]
    public async Task FromTheHomePageToTheScorecardToTheHighlightedSentence()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        var row = page.Locator("tr", new() { HasText = "常州市" }).Filter(new() { HasText = "2024" });
        await row.First.GetByRole(AriaRole.Link, new() { Name = "记分卡" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ScorecardUrl());
        var cars = page.Locator("table.scorecard tr", new() { HasText = "整车产量" }).First;
        Assert.Contains("未达成", await cars.Locator(".chip").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "scorecard.png"), FullPage = false });

        await cars.Locator("a.evidence").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/documents/\\d+\\?claim=\\d+"));
        var sentence = page.Locator("mark.sentence");
        await Assertions.Expect(sentence).ToBeVisibleAsync();
        await Assertions.Expect(sentence).ToContainTextAsync("整车产量突破100万辆");
        // The evidence link's fragment scrolls the sentence into view.
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "document.png") });
    }

    [Fact]
    public async Task SearchingATwoCharacterWordFindsIt()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/");
        await page.Locator("form.search input[name=q]").FillAsync("充电");
        await page.Locator("form.search input[name=q]").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/search\\?q="));
        var documents = page.Locator("ul.documents li");
        Assert.True(await documents.CountAsync() > 0);
        await Assertions.Expect(documents.First).ToContainTextAsync("充电");
        await Assertions.Expect(page.Locator("table.claims tbody tr").First).ToContainTextAsync("充电");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "search.png") });
    }

    [Fact]
    public async Task AnEditorCorrectsAClaimAndTheVerdictChanges()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/scorecard/常州市/2024");
        var before = page.Locator("table.scorecard tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "10亿元或1亿美元项目", Exact = true }) });
        Assert.Contains("未报告", await before.Locator(".chip").InnerTextAsync(), StringComparison.Ordinal);

        await app.LogInAsync(page, RunningApp.Editor);

        // The summary counts the same class of projects as they entered the project store (新增入库…36个).
        await page.GotoAsync(app.BaseUrl + "/search?q=入库总投资超10亿元或1亿美元项目36个");
        await page.Locator("table.claims tbody tr", new() { HasText = "36" }).First.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "更正此数字" }).ClickAsync();
        await page.Locator("input[name=indicator]").FillAsync("10亿元或1亿美元项目");
        await page.Locator("textarea[name=note]").FillAsync("与年初目标同一类项目");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存为新版本" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr.judgement .chip")).ToContainTextAsync("达成");

        await page.GotoAsync(app.BaseUrl + "/scorecard/常州市/2024");
        var after = page.Locator("table.scorecard tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = "10亿元或1亿美元项目", Exact = true }) });
        await Assertions.Expect(after.Locator(".chip")).ToContainTextAsync("达成");
        await Assertions.Expect(after).ToContainTextAsync("36");
    }

    [Fact]
    public async Task OnAPhoneTheScorecardReadsAsCards()
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/scorecard/常州市/2024?verdict=missed");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "scorecard-phone.png") });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 400, $"the page is {width}px wide on a 390px screen");
        await context.CloseAsync();
    }

    [Fact]
    public async Task TheIndicatorChartIsDrawnFromTheAppsOwnScript()
    {
        var page = await NewPageAsync();
        var external = Browser.RequestsLeaving(page.Context, app.BaseUrl);
        await page.GotoAsync(app.BaseUrl + "/indicators/地区生产总值");
        await Assertions.Expect(page.Locator("[data-chart] svg").First).ToBeVisibleAsync();
        Assert.Empty(external);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "indicator.png") });
    }

    [Fact]
    public async Task TheInteractiveApiPageLoadsNothingFromElsewhere()
    {
        var page = await NewPageAsync();
        var external = Browser.RequestsLeaving(page.Context, app.BaseUrl);
        await page.GotoAsync(app.BaseUrl + "/api/");
        await Assertions.Expect(page.GetByText("/api/v1/scorecard").First).ToBeVisibleAsync(new() { Timeout = 15000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "api.png") });
        Assert.DoesNotContain(external, u => !u.StartsWith("data:", StringComparison.Ordinal));
    }

    private async Task<IPage> NewPageAsync() => await (await browser.NewContextAsync()).NewPageAsync();

    private static Regex ScorecardUrl() => new("/scorecard/");
}
