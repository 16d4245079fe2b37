using Pledgewatch.Documents;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Web.Shared;

/// <summary>--import PATH: reports read into the database before the app serves.</summary>
internal static class StartupImport
{
    public static async Task RunAsync(IServiceProvider services, string paths)
    {
        var importer = services.GetRequiredService<DocumentImporter>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Pledgewatch.Import");
        var files = ReportFiles.Expand(paths.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var results = await importer.ImportFilesAsync(files);
        foreach (var failure in results.Where(r => r.Status == ImportStatus.Failed))
        {
            logger.LogWarning("{Path}: {Error}", Pledgewatch.Storage.RegionDirectory.CleanName(failure.Path), Pledgewatch.Storage.RegionDirectory.CleanName(failure.Error ?? ""));
        }

        logger.LogInformation(
            "{Count} documents: {New} new, {Unchanged} unchanged, {Failed} failed; {Claims} claims added",
            results.Count,
            results.Count(r => r.Status is ImportStatus.New or ImportStatus.NewVersion),
            results.Count(r => r.Status == ImportStatus.Unchanged),
            results.Count(r => r.Status == ImportStatus.Failed),
            results.Sum(r => r.Claims));
    }
}
