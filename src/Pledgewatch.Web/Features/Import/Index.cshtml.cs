using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Import;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Import;

[Authorize(Policy = Policies.Editor)]
[EnableRateLimiting(Policies.Writes)]
[RequestSizeLimit(Limits.UploadBytes + 1024 * 1024)]
public sealed class IndexModel(DocumentImporter importer, DocumentQueries documents, Following.NoticeSignal signal) : PageModel
{
    /// <summary>What the upload brought, when it was imported.</summary>
    public ImportSummary? Summary { get; private set; }

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (request, problem) = await Upload.ReadAsync(HttpContext, ct);
        var english = Language.IsEnglish(HttpContext);
        // The importer takes the verdicts of the report's region before and after, so the editor sees what the report changed.
        var result = request is null ? null : await importer.ImportAsync(request, ct);
        signal.Wake();
        if (problem is not null)
        {
            Failed = true;
            Message = english ? "The upload was refused: the file is missing, too large or not readable." : "上传被拒绝：没有文件、文件过大或无法读取。";
            Response.StatusCode = problem is IStatusCodeHttpResult { StatusCode: { } code } ? code : 400;
            return Page();
        }

        Failed = result!.Status == ImportStatus.Failed;
        Message = result.Status switch
        {
            ImportStatus.Failed => (english ? "Not imported: " : "未导入：") + result.Error,
            ImportStatus.Unchanged => english ? "This file is already stored; nothing changed." : "该文件已导入过，未作改动。",
            _ => english ? $"Imported: {result.Claims} claims (version {result.Version})." : $"已导入：{result.Claims} 个数字（第 {result.Version} 版）。",
        };
        if (Failed)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var detail = await documents.FindAsync(result.DocumentId!.Value, ct);
        if (detail is null)
        {
            return Redirect($"/documents/{result.DocumentId}");
        }

        var document = detail.Document;
        Summary = new ImportSummary(
            document.Id, document.Title ?? document.FileName, detail.Region, document.ReportYear, document.Version,
            detail.Claims.Count(c => c.Kind == Pledgewatch.Extraction.ClaimKind.Target),
            detail.Claims.Count(c => c.Kind != Pledgewatch.Extraction.ClaimKind.Target),
            result.Changes ?? []);
        return Page();
    }
}
