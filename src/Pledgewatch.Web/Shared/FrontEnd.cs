using Microsoft.Extensions.FileProviders;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// The npm packages the build installs (ECharts, Leaflet), served under /lib: copied beside the app
/// by the build and by publish.
/// </summary>
internal static class FrontEnd
{
    public static IFileProvider Packages()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "lib");
        return File.Exists(Path.Combine(folder, "echarts.min.js")) ? new PhysicalFileProvider(folder) : new NullFileProvider();
    }
}
