using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Pledgewatch.Web.BrowserTests;

/// <summary>The web app's own build output run as a process on loopback; it can be killed and started again.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly string[] _arguments;
    private Process? _process;

    public AppProcess(string database, params string[] arguments)
    {
        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        _arguments = ["--db", database, "--urls", BaseUrl, .. arguments];
    }

    public string BaseUrl { get; }

    public async Task StartAsync()
    {
        var app = AppPath();
        var info = new ProcessStartInfo("dotnet")
        {
            // The project folder is the content root (wwwroot), as with dotnet run.
            WorkingDirectory = Path.Combine(TestPaths.RepositoryRoot, "src", "Pledgewatch.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(app);
        foreach (var arg in _arguments)
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
            Assert.False(_process.HasExited, "the web app exited at start");
            try
            {
                if ((await http.GetAsync(BaseUrl + "/api/v1/regions")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            Assert.True(DateTime.UtcNow < deadline, "the web app did not answer within two minutes");
            await Task.Delay(200);
        }
    }

    /// <summary>Kills the process at once (no graceful shutdown), as a crash or power cut would.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

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
