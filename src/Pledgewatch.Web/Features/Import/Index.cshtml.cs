using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Import;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Import;

[Authorize(Policy = Policies.Editor)]
[EnableRateLimiting(Policies.Writes)]
[RequestSizeLimit(Limits.UploadBytes + 1024 * 1024)]
public sealed class IndexModel(DocumentImporter importer) : PageModel
{
    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (result, problem) = await Upload.ReadAndImportAsync(HttpContext, importer, ct);
        var english = Language.IsEnglish(HttpContext);
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

        return Redirect($"/documents/{result.DocumentId}");
    }
}
