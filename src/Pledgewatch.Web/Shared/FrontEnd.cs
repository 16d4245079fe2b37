using Microsoft.Extensions.FileProviders;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// The npm packages the build installs (ECharts), served under /lib: copied beside the app by the
/// build and by publish, or straight from node_modules when the app runs from its project folder.
/// </summary>
internal static class FrontEnd
{
    public static IFileProvider Packages(IWebHostEnvironment environment)
    {
        string[] candidates =
        [
            Path.Combine(AppContext.BaseDirectory, "lib"),
            Path.Combine(environment.ContentRootPath, "node_modules", "echarts", "dist"),
        ];
        var folder = candidates.FirstOrDefault(f => File.Exists(Path.Combine(f, "echarts.min.js")));
        return folder is null ? new NullFileProvider() : new PhysicalFileProvider(folder);
    }
}
