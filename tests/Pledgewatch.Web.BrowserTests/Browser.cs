using Microsoft.Playwright;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>The system's Chromium (installed from the system's packages by the test script), headless.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        const string chromium = "/usr/bin/chromium";
        Assert.True(File.Exists(chromium), $"{chromium} is missing: scripts/test.sh installs it (apt-get install chromium fonts-wqy-microhei)");
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>
    /// A new context (a 1366×900 desktop in Chinese unless the options say otherwise) with generous
    /// but bounded waits: a slow machine in CI is not a failure.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = 1366, Height = 900 };
        options.Locale ??= "zh-CN";
        var context = await Instance.NewContextAsync(options);
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(20_000);
        return context;
    }

    /// <summary>Every request of the context that goes anywhere but the app, as it happens.</summary>
    public static IReadOnlyCollection<string> RequestsLeaving(IBrowserContext context, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        var external = new System.Collections.Concurrent.ConcurrentQueue<string>();
        context.Request += (_, r) =>
        {
            if (!r.Url.StartsWith(baseUrl, StringComparison.Ordinal))
            {
                external.Enqueue(r.Url);
            }
        };
        return external;
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
