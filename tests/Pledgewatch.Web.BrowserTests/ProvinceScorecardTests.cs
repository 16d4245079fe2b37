using Microsoft.Playwright;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>The web app on a fresh database with eight provinces' 2025 and 2026 reports imported at start.</summary>
public sealed class ProvincesApp : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-provinces-").FullName;
    private AppProcess? _app;

    public string BaseUrl => _app!.BaseUrl;

    public async Task InitializeAsync()
    {
        var series = TestPaths.Series("provinces-2025-2026");
        Assert.True(Directory.Exists(series), $"The report series is expected at {series}.");
        _app = new AppProcess(Path.Combine(_folder, "pledgewatch.db"), "--import", series);
        await _app.StartAsync();
        Directory.CreateDirectory(RunningApp.Screenshots);
    }

    public Task DisposeAsync()
    {
        _app?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>A journalist reads a province's scorecard: the headline targets, their verdicts and both sentences.</summary>
public sealed class ProvinceScorecardTests(ProvincesApp app, Browser browser) : IClassFixture<ProvincesApp>, IClassFixture<Browser>
{
    [Fact]
    public async Task AProvincesHeadlineTargetsCarryTheRightVerdictAndBothSentences()
    {
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1800 } })).NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/scorecard/" + Uri.EscapeDataString("河南省") + "/2025");

        // 河南省 2025: what its 2026 report says of each headline target.
        (string Indicator, string Verdict, string Target)[] expected =
        [
            ("地区生产总值", "met", "5.5%左右"),
            ("一般公共预算收入", "not_reported", "4%左右"),
            ("全社会固定资产投资", "not_reported", "7%左右"),
            ("社会消费品零售总额", "met", "6%左右"),
            ("城镇新增就业", "met", "110万人以上"),
            ("城镇调查失业率", "not_reported", "5.5%左右"),
            ("居民消费价格指数", "not_reported", "2%左右"),
            ("粮食总产量", "met", "1300亿斤以上"),
        ];
        foreach (var (indicator, verdict, target) in expected)
        {
            var row = page.Locator("table.scorecard tbody tr")
                .Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = indicator, Exact = true }) })
                .Filter(new() { HasText = target });
            await Assertions.Expect(row.First).ToHaveAttributeAsync("data-verdict", verdict);
            var quotes = row.First.Locator(".quote");
            await Assertions.Expect(quotes.First).ToContainTextAsync(target);
            if (verdict == "met")
            {
                // The target's sentence and the outcome's, each with its period.
                Assert.True(await quotes.CountAsync() >= 2, $"{indicator}: the outcome's sentence is not shown");
                await Assertions.Expect(row.First.Locator(".period").Nth(1)).ToHaveTextAsync("2025年");
            }
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "scorecard-province.png"), FullPage = false });
    }

    [Fact]
    public async Task AJournalistSeesWhichProvincesMetTheirGrowthTargetInATableAndOnTheMap()
    {
        var page = await (await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 1400 } })).NewPageAsync();
        var external = Browser.RequestsLeaving(page.Context, app.BaseUrl);
        await page.GotoAsync(app.BaseUrl + "/compare?parent=" + Uri.EscapeDataString("全国") + "&year=2025");

        // GDP growth is the indicator every province reported; each of the 31 provinces is a row.
        await Assertions.Expect(page.Locator("h2")).ToContainTextAsync("地区生产总值");
        var rows = page.Locator("table.comparison tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(31);
        await Assertions.Expect(rows.Filter(new() { HasText = "河南省" })).ToHaveAttributeAsync("data-verdict", "met");
        await Assertions.Expect(rows.Filter(new() { HasText = "黑龙江省" })).ToHaveAttributeAsync("data-verdict", "missed");
        await Assertions.Expect(rows.Filter(new() { HasText = "江苏省" })).ToHaveAttributeAsync("data-verdict", "no_report");

        // The map fills each province with its verdict's colour, the chips' colour.
        var missedColour = await page.EvaluateAsync<string>("getComputedStyle(document.documentElement).getPropertyValue('--missed').trim()");
        await Assertions.Expect(page.Locator(".compare-map svg path").First).ToBeVisibleAsync();
        var fills = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.compare-map svg path')].map(p => (p.getAttribute('fill') || '').toLowerCase())");
        Assert.True(fills.Length >= 31, $"{fills.Length} shapes drawn");
        Assert.Contains(missedColour.ToLowerInvariant(), fills);

        // Sorting by verdict puts the met targets first; the URL keeps the order.
        await page.GetByRole(AriaRole.Link, new() { Name = "判定", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("sort=verdict"));
        var order = await page.Locator("table.comparison tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.verdict)");
        var judged = order.TakeWhile(v => v is "met" or "missed").ToList();
        Assert.Equal(8, judged.Count);
        Assert.Equal(judged.OrderBy(v => v == "met" ? 0 : 1), judged);
        Assert.Empty(external);
        await page.ScreenshotAsync(new() { Path = Path.Combine(RunningApp.Screenshots, "compare-provinces.png"), FullPage = false });
    }
}
