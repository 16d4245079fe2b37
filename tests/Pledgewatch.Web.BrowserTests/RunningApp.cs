using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The web app as its own process on loopback, on a fresh SQLite file with the corpus imported at
/// start (--import) and an editor account; stopped when the tests end.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    public const string Editor = "editor", Clerk = "clerk", Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-browser-").FullName;
    private AppProcess? _app;

    public string BaseUrl => _app!.BaseUrl;

    /// <summary>The app's SQLite file, for setting up what a test needs beside the running app.</summary>
    public string Database => Path.Combine(_folder, "pledgewatch.db");

    public static string Screenshots { get; } = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var db = Database;
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(db));
        var (user, error) = await new UserDirectory(store).AddAsync(Editor, UserDirectory.Editor, Password);
        Assert.True(user is not null, error);
        (user, error) = await new UserDirectory(store).AddAsync(Clerk, UserDirectory.Clerk, Password);
        Assert.True(user is not null, error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _app = new AppProcess(db, "--import", TestPaths.Corpus);
        await _app.StartAsync();
        Directory.CreateDirectory(Screenshots);
    }

    /// <summary>Logs <paramref name="user"/> in through the login form and waits for the name in the header.</summary>
    public async Task LogInAsync(Microsoft.Playwright.IPage page, string user, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(BaseUrl + "/account/login");
        await page.Locator("input[name=name]").FillAsync(user);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.Locator("form.form button[type=submit]").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator(".who")).ToContainTextAsync(user);
    }

    public Task DisposeAsync()
    {
        _app?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
