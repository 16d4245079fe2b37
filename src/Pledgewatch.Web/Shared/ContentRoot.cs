using System.Reflection;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Where wwwroot is: the working folder when it has one (a published app run from its folder), the
/// app's own folder (published), or the project folder (dotnet run from anywhere).
/// </summary>
internal static class ContentRoot
{
    public static string Find()
    {
        var project = typeof(ContentRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        string?[] candidates = [Directory.GetCurrentDirectory(), AppContext.BaseDirectory, project];
        return candidates.FirstOrDefault(c => c is not null && Directory.Exists(Path.Combine(c, "wwwroot"))) ?? Directory.GetCurrentDirectory();
    }
}
