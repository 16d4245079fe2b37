using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The pages a staffer spends her day in, in each language on a phone (390 px) and a desktop
/// (1,400 px): each in the one language, nothing wider than the screen, nothing loaded from
/// elsewhere, and what the page is for on it. Screenshots are written for a person to look at.
/// </summary>
[Collection(AppAndBrowser.Name)]
public sealed partial class EveryWidthTests(RunningApp app, Browser browser)
{
    [Theory]
    [InlineData("zh", 1400)]
    [InlineData("en", 1400)]
    [InlineData("zh", 390)]
    [InlineData("en", 390)]
    public async Task EachPageReadsInOneLanguageAndFitsTheScreen(string lang, int width)
    {
        var (project, ballot) = await SampleAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, IsMobile = width < 500 });
        await context.AddCookiesAsync([new() { Name = "lang", Value = lang, Url = app.BaseUrl }]);
        var external = Browser.RequestsLeaving(context, app.BaseUrl);
        var page = await context.NewPageAsync();
        var english = lang == "en";
        var pages = new (string Name, string Path, Func<Task> Check)[]
        {
            ("home", "/", () => Assertions.Expect(page.Locator("main table").First).ToBeVisibleAsync()),
            ("indicator", "/indicators/地区生产总值", () => IndicatorChartAsync(page)),
            ("compare", "/compare?parent=" + Uri.EscapeDataString("常州市") + "&year=2024", () => Assertions.Expect(page.Locator("table.comparison")).ToBeVisibleAsync()),
            ("conflicts", "/conflicts", () => Assertions.Expect(page.Locator("main table").First).ToBeVisibleAsync()),
            ("carryover", "/carryover?p=2", () => Assertions.Expect(page.Locator("nav.pager [aria-current=page]").First).ToHaveTextAsync("2")),
            ("region", "/regions/320400", () => Assertions.Expect(page.Locator("section.follow")).ToBeVisibleAsync()),
            ("project", $"/projects/{project}", () => Assertions.Expect(page.Locator(".project-map")).ToBeVisibleAsync()),
            ("ballot", $"/ballots/{ballot}", () => Assertions.Expect(page.Locator("table.tally")).ToBeVisibleAsync()),
            ("api", "/api", () => Assertions.Expect(page.Locator("table.api").First).ToBeVisibleAsync()),
        };
        foreach (var (name, path, check) in pages)
        {
            var response = await page.GotoAsync(app.BaseUrl + path);
            Assert.True(response is { Ok: true }, $"{path}: HTTP {response?.Status}");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", english ? "en" : "zh-CN");
            await Assertions.Expect(page.Locator("h1").First).ToBeVisibleAsync();
            await check();
            await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, $"{name}-{lang}-{width}.png") });
            var wide = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(wide <= width + 10, $"{path} is {wide} px wide on a {width} px screen");
        }

        Assert.DoesNotContain(external, u => !u.StartsWith("data:", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    /// <summary>The chart's axis is in people's units, and its years are evenly spaced (a year without a figure is a gap, not skipped).</summary>
    private static async Task IndicatorChartAsync(IPage page)
    {
        await Assertions.Expect(page.Locator("[data-chart] svg").First).ToBeVisibleAsync();
        var texts = await page.Locator("[data-chart]").First.Locator("svg text").AllTextContentsAsync();
        Assert.Contains(texts, t => t.Contains('%', StringComparison.Ordinal) || t.Contains("亿", StringComparison.Ordinal));
        var years = texts.Where(t => Year().IsMatch(t.Trim())).Select(t => int.Parse(t.Trim(), System.Globalization.CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        Assert.True(years.Count >= 2, "the x-axis names years: " + string.Join(",", texts));
        Assert.Single(years.Zip(years.Skip(1), (a, b) => b - a).Distinct());

        // The legend is a list that wraps; an entry pressed hides its line, pressed again shows it.
        var entries = page.Locator(".chart-legend").First.Locator("button");
        Assert.True(await entries.CountAsync() >= 1);
        var lines = page.Locator("[data-chart]").First.Locator("svg path");
        var drawn = await lines.CountAsync();
        await entries.First.ClickAsync();
        await Assertions.Expect(entries.First).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(lines).Not.ToHaveCountAsync(drawn);
        await entries.First.ClickAsync();
        await Assertions.Expect(lines).ToHaveCountAsync(drawn);
    }

    /// <summary>A project and a closed vote to show: the sample data, added beside the running app if no test added projects before.</summary>
    private async Task<(long Project, long Ballot)> SampleAsync()
    {
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(app.Database));
        await SampleData.SeedAsync(store);
        await using var db = store.CreateContext();
        var project = await db.Projects.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        var ballot = await db.Ballots.Where(b => b.ClosedAt != null && b.Kind == Storage.Voting.BallotKind.Vote).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        return (project, ballot);
    }

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex Year();
}
