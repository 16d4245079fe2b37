using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Web.Tests;

/// <summary>
/// The web app over HTTP on a fresh database of the given engine with the corpus imported and one
/// user per role (admin, editor, deputy; password <see cref="Password"/>).
/// </summary>
public sealed partial class PledgewatchApp : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery";

    private readonly TestDatabase _database;

    private readonly IReadOnlyDictionary<string, string> _settings;

    static PledgewatchApp()
    {
        // Hundreds of apps start in one test run, and a machine allows 128 inotify instances per user
        // (fs.inotify.max_user_instances): the apps watch no files — appsettings are not reloaded
        // and any other watcher polls — so the run does not depend on that limit.
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private PledgewatchApp(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <param name="engine">sqlite or postgres.</param>
    /// <param name="settings">Configuration the app starts with (as from appsettings or the command line).</param>
    public static async Task<PledgewatchApp> StartAsync(string engine = "sqlite", IReadOnlyDictionary<string, string>? settings = null)
    {
        var database = TestDatabase.Create(engine);
        var store = await database.OpenAsync();
        await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync(TestPaths.CorpusFiles());
        var users = new UserDirectory(store);
        foreach (var role in UserDirectory.Roles)
        {
            await users.AddAsync(role, role, Password);
        }

        return new PledgewatchApp(database, settings);
    }

    public PledgewatchStore Store => Services.GetRequiredService<PledgewatchStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // What visitors get: the production error handling, never the developer exception page.
        builder.UseEnvironment("Production");
        var location = _database.Location;
        builder.UseSetting(location.IsPostgres ? "connection" : "db", location.IsPostgres ? location.PostgresConnection : location.SqlitePath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that is logged in as <paramref name="role"/> (or anonymous when null), cookies kept.</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is null)
        {
            return client;
        }

        var token = await TokenAsync(client, "/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = role,
            ["password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The anti-forgery token of the form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page) => TokenIn(await client.GetStringAsync(page));

    /// <summary>The anti-forgery token of the form in a page already read.</summary>
    public static string TokenIn(string html) => TokenPattern().Match(html).Groups[1].Value;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
