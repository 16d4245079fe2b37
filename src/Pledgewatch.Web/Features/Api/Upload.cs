using Pledgewatch.Storage;
using Pledgewatch.Storage.Import;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Api;

/// <summary>POST /api/v1/documents: a report file (multipart field <c>file</c>, optional <c>region</c>, <c>year</c>).</summary>
internal static class Upload
{
    public static async Task<IResult> Handle(HttpContext context, DocumentImporter importer, CancellationToken ct)
    {
        var (result, problem) = await ReadAndImportAsync(context, importer, ct);
        if (problem is not null)
        {
            return problem;
        }

        return result!.Status == ImportStatus.Failed
            ? Problems.Unprocessable($"{Path.GetFileName(result.Path)}: {result.Error}")
            : TypedResults.Created($"/api/v1/documents/{result.DocumentId}", new UploadDto(result.Status.ToString().ToLowerInvariant(), result.DocumentId, result.Version, result.Claims));
    }

    /// <summary>Reads the form and imports the file; a problem for an oversized, missing or malformed upload.</summary>
    public static async Task<(ImportResult? Result, IResult? Problem)> ReadAndImportAsync(HttpContext context, DocumentImporter importer, CancellationToken ct)
    {
        var (request, problem) = await ReadAsync(context, ct);
        if (request is null)
        {
            return (null, problem);
        }

        var result = await importer.ImportAsync(request, ct);
        // The report's notice goes out now rather than at the dispatcher's next round.
        context.RequestServices.GetRequiredService<Following.NoticeSignal>().Wake();
        return (result, null);
    }

    /// <summary>The uploaded file with the region and year typed beside it, or the problem with the upload.</summary>
    public static async Task<(ImportRequest? Request, IResult? Problem)> ReadAsync(HttpContext context, CancellationToken ct)
    {
        if (context.Request.ContentLength > Limits.UploadBytes + 1024 * 1024)
        {
            return (null, TooLarge());
        }

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, e is BadHttpRequestException { StatusCode: 413 } || e.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? TooLarge()
                : Problems.BadRequest("the upload is not a readable form with a file"));
        }

        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            return (null, Problems.BadRequest("choose a report file (field 'file')"));
        }

        if (file.Length > Limits.UploadBytes)
        {
            return (null, TooLarge());
        }

        int? year = null;
        if (form["year"].FirstOrDefault() is { Length: > 0 } text)
        {
            if (!int.TryParse(text, out var y) || y is < 1949 or > 2100)
            {
                return (null, Problems.BadRequest("year is a report year such as 2024"));
            }

            year = y;
        }

        var region = form["region"].FirstOrDefault() is { Length: > 0 } r ? RegionDirectory.CleanName(r) : null;
        // One copy of the upload in memory (it is at most the size limit), read straight into place.
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        var name = Path.GetFileName(file.FileName);
        return (new ImportRequest(string.IsNullOrWhiteSpace(name) ? "upload.txt" : name, bytes, null, region, year), null);
    }

    private static IResult TooLarge() => Results.Problem(
        detail: $"a report may have at most {Limits.UploadBytes / 1048576} MB",
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Too large");
}
