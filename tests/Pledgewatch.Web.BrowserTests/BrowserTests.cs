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
    public async Task TheApiPageIsPartOfTheSiteAndTheExplorerLoadsNothingFromElsewhere()
    {
        var page = await NewPageAsync();
        var external = Browser.RequestsLeaving(page.Context, app.BaseUrl);
        await page.GotoAsync(app.BaseUrl + "/api");
        // In the site's frame, in the reader's language, with the way back to the site.
        await Assertions.Expect(page.Locator("header.top a.brand")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("数据接口（API）");
        await Assertions.Expect(page.Locator("table.api code", new() { HasText = "/api/v1/scorecard" }).First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "api-page.png") });

        await page.GotoAsync(app.BaseUrl + "/api/explorer/");
        await Assertions.Expect(page.GetByText("/api/v1/scorecard").First).ToBeVisibleAsync(new() { Timeout = 15000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "api.png") });
        Assert.DoesNotContain(external, u => !u.StartsWith("data:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("zh", 1400)]
    [InlineData("en", 1400)]
    [InlineData("zh", 390)]
    [InlineData("en", 390)]
    public async Task TheScorecardSortedAndPagedAndAMarkdownDocumentReadInOneLanguageAtEachWidth(string lang, int width)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, IsMobile = width < 500 });
        await context.AddCookiesAsync([new() { Name = "lang", Value = lang, Url = app.BaseUrl }]);
        var page = await context.NewPageAsync();
        var english = lang == "en";

        // Sorted by verdict, second page: 50 rows a page, the pager names where we are.
        await page.GotoAsync(app.BaseUrl + "/scorecard/常州市/2024?sort=verdict&p=2");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", english ? "en" : "zh-CN");
        await Assertions.Expect(page.Locator("nav.pager [aria-current=page]")).ToHaveTextAsync("2");
        Assert.InRange(await page.Locator("table.scorecard tbody tr").CountAsync(), 1, 50);
        await Assertions.Expect(page.Locator("#rows-shown")).ToContainTextAsync(english ? "Targets 51–" : "第 51–");
        await Assertions.Expect(page.Locator("table.scorecard thead")).ToContainTextAsync(english ? "Verdict ▲" : "判定 ▲");
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, $"scorecard-sorted-{lang}-{width}.png") });
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= width + 10, "the scorecard fits the screen");

        // The Markdown summary rendered, a claim's sentence highlighted inside it.
        await page.GotoAsync(app.BaseUrl + "/documents");
        await page.Locator("a", new() { HasText = "（摘要）" }).First.ClickAsync();
        var text = page.Locator(".doc-text.markdown");
        await Assertions.Expect(text.Locator("h1, h2, h3").First).ToBeVisibleAsync();
        Assert.DoesNotContain("##", await text.InnerTextAsync(), StringComparison.Ordinal);
        var claim = await text.Locator("a.claim").Nth(3).GetAttributeAsync("href");
        var id = claim!.Split('/')[^1];
        await page.GotoAsync($"{page.Url.Split('?')[0]}?claim={id}#claim-{id}");
        await Assertions.Expect(page.Locator("mark.sentence")).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, $"document-markdown-{lang}-{width}.png") });
        await context.CloseAsync();
    }

    private async Task<IPage> NewPageAsync() => await (await browser.NewContextAsync()).NewPageAsync();

    private static Regex ScorecardUrl() => new("/scorecard/");
}
