using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pledgewatch.Extraction.Tests;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Accounts;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>
/// The web app as its own process on loopback, on a fresh SQLite file with the corpus imported at
/// start (--import) and an editor account; stopped when the tests end.
/// </summary>
public sealed class RunningApp : IAsyncLifetime
{
    public const string Editor = "editor", Password = "correct horse battery";

    private readonly string _folder = Directory.CreateTempSubdirectory("pledgewatch-browser-").FullName;
    private Process? _process;

    public string BaseUrl { get; private set; } = "";

    public static string Screenshots { get; } = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var db = Path.Combine(_folder, "pledgewatch.db");
        var store = await PledgewatchStore.OpenAsync(StoreLocation.Sqlite(db));
        var (user, error) = await new UserDirectory(store).AddAsync(Editor, UserDirectory.Editor, Password);
        Assert.True(user is not null, error);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}";
        var app = AppPath();
        var info = new ProcessStartInfo("dotnet")
        {
            // The project folder is the content root (wwwroot), as with dotnet run.
            WorkingDirectory = Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { app, "--db", db, "--urls", BaseUrl, "--import", TestPaths.Corpus })
        {
            info.ArgumentList.Add(arg);
        }

        _process = Process.Start(info)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            Assert.False(_process.HasExited, $"the web app exited with {(_process.HasExited ? _process.ExitCode : 0)}");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/api/v1/regions")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "the web app did not answer within two minutes");
            await Task.Delay(200);
        }

        Directory.CreateDirectory(Screenshots);
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The web app's own build output (same configuration as the tests).</summary>
    private static string AppPath()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var path = Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Web", "bin", configuration, "net10.0", "Pledgewatch.Web.dll");
        Assert.True(File.Exists(path), $"the web app is expected at {path}");
        return path;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
