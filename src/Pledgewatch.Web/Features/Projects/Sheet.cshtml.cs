using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;
using Pledgewatch.Projects;
using Pledgewatch.Reporting;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>
/// Progress of many projects from one spreadsheet (.xlsx or CSV): the template is the project list;
/// an upload is shown row by row with every problem named by its row; applying it stores every row
/// in one transaction, or, if any row is wrong, nothing. Between the preview and the apply the file
/// is held on the server for half an hour under a random key, for the editor who uploaded it.
/// </summary>
[Authorize(Policy = Policies.Editor)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[EnableRateLimiting(Policies.Writes)]
public sealed class SheetModel(ProgressSheets sheets, ProjectRegistry registry, IMemoryCache cache) : PageModel
{
    /// <summary>The largest sheet taken.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public IReadOnlyList<ProgressPreview> Preview { get; private set; } = [];

    public string? FileName { get; private set; }

    /// <summary>The key the uploaded file is held under until it is applied.</summary>
    public string? Held { get; private set; }

    public string? Error { get; private set; }

    public ProgressApplied? Applied { get; private set; }

    public bool CanApply => Held is not null && Preview.Count > 0 && Preview.All(p => p.Problem is null);

    public void OnGet()
    {
    }

    /// <summary>The template: every project with its id and name, the columns to fill in, and its current state for reference.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(string? format, CancellationToken ct)
    {
        var english = Language.IsEnglish(HttpContext);
        var projects = await registry.ListAsync(new ProjectFilter(), ct);
        var rows = projects.OrderBy(p => p.Project.Id).Select(p => new object?[]
        {
            p.Project.Id, p.Project.Name, null, null, null, null, null, p.Project.Progress,
            string.Join(english ? ", " : "、", p.Milestones.Where(m => m.Actual is null).Select(m => m.Name)),
        }).ToList();
        var table = new ReportTable(english ? "progress" : "项目进度", ProgressSheet.TemplateHeadings(english), rows);
        var (bytes, type, name) = Api.TableFiles.Write(table, format == "csv" ? "csv" : "xlsx", english ? "progress-template" : "项目进度模板");
        return File(bytes, type, name);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 } || file.Length > MaxBytes)
        {
            return Refused(file is null || file.Length == 0
                ? T("请选择一个 .xlsx 或 .csv 文件。", "Choose an .xlsx or .csv file.")
                : T($"文件超过 {MaxBytes / 1024 / 1024} MB。", $"The file is over {MaxBytes / 1024 / 1024} MB."));
        }

        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, ct);
        }

        FileName = Path.GetFileName(file.FileName);
        if (Read(FileName, bytes) is not { } sheet)
        {
            return Page();
        }

        Preview = await sheets.PreviewAsync(sheet, ct);
        if (Preview.All(p => p.Problem is null) && Preview.Count > 0)
        {
            Held = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            cache.Set(CacheKey(Held), (FileName, bytes), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(30), Size = bytes.Length });
        }
        else if (Preview.Count == 0)
        {
            Error = T("表中没有要导入的行：填写进度或节点的行才会导入。", "The sheet has no rows to apply: only rows with progress or a milestone are read.");
        }
        else
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(string? held, CancellationToken ct)
    {
        if (held is null || !cache.TryGetValue(CacheKey(held), out (string Name, byte[] Bytes) upload))
        {
            return Refused(T("上传的表已过期（半小时）或已导入，请重新上传。", "The uploaded sheet has expired (after half an hour) or was applied; upload it again."));
        }

        FileName = upload.Name;
        if (Read(upload.Name, upload.Bytes) is not { } sheet)
        {
            return Page();
        }

        Applied = await sheets.ApplyAsync(sheet, upload.Name, User.Identity!.Name!, ct);
        if (Applied.Problems.Count > 0)
        {
            Preview = await sheets.PreviewAsync(sheet, ct);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        cache.Remove(CacheKey(held));
        return Page();
    }

    private ProgressSheet? Read(string name, byte[] bytes)
    {
        try
        {
            var read = SheetReader.Read(name, bytes);
            return ProgressSheet.Parse(read.Columns, read.Rows.Select(r => (r.Number, r.Cells)));
        }
        catch (SheetException e)
        {
            Error = T("无法读取：", "Cannot be read: ") + e.Message;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return null;
        }
    }

    private IActionResult Refused(string message)
    {
        Error = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Held files are the uploader's own: another editor's key finds nothing.</summary>
    private string CacheKey(string key) => $"progress-sheet:{User.Identity?.Name}:{key}";

    private string T(string zh, string en) => Language.IsEnglish(HttpContext) ? en : zh;
}
