using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Projects;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>Editors keep a project current: milestones planned and reached, progress reports with a photo, the claims its target answers.</summary>
[Authorize(Policy = Policies.Editor)]
[RequestSizeLimit(Limits.PhotoUploadBytes)]
[EnableRateLimiting(Policies.Writes)]
public sealed class ProgressModel(ProjectRegistry registry, TimeProvider clock) : PageModel
{
    public ProjectDetail? Detail { get; private set; }

    public string? Error { get; private set; }

    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostMilestoneAsync(long id, string? name, DateOnly? planned, DateOnly? actual, CancellationToken ct) =>
        ChangeAsync(id, planned is null ? T("计划日期必填。", "A planned day is needed.") : null,
            () => registry.AddMilestoneAsync(id, name ?? "", planned!.Value, actual, User.Identity!.Name!, ct), ct);

    public Task<IActionResult> OnPostReachAsync(long id, long milestone, DateOnly? actual, CancellationToken ct) =>
        ChangeAsync(id, null, () => registry.ReachMilestoneAsync(id, milestone, actual, User.Identity!.Name!, ct), ct);

    public async Task<IActionResult> OnPostUpdateAsync(long id, int? percent, string? text, DateOnly? on, IFormFile? photo, CancellationToken ct)
    {
        (string, byte[])? image = null;
        if (photo is { Length: > 0 })
        {
            if (photo.Length > ProjectRegistry.MaxPhotoBytes)
            {
                return await FailAsync(id, T("照片超过 5 MB。", "The photo is over 5 MB."), ct);
            }

            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            image = (photo.ContentType, buffer.ToArray());
        }

        return await ChangeAsync(id, percent is null ? T("进度百分比必填。", "A percentage is needed.") : null,
            () => registry.AddUpdateAsync(id, percent!.Value, text ?? "", on ?? Today, User.Identity!.Name!, image, ct), ct);
    }

    public Task<IActionResult> OnPostLinkAsync(long id, long? claim, CancellationToken ct) =>
        ChangeAsync(id, claim is null ? T("请填写数字（claim）编号。", "Give a claim number.") : null,
            () => registry.LinkClaimAsync(id, claim!.Value, User.Identity!.Name!, ct), ct);

    private async Task<IActionResult> ChangeAsync(long id, string? problem, Func<Task> change, CancellationToken ct)
    {
        if (await registry.FindAsync(id, ct) is null)
        {
            return NotFound();
        }

        if (problem is not null)
        {
            return await FailAsync(id, problem, ct);
        }

        try
        {
            await change();
        }
        catch (StoreException e)
        {
            return await FailAsync(id, e.Message, ct);
        }

        return Redirect($"/projects/{id}/progress");
    }

    private async Task<IActionResult> FailAsync(long id, string error, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Detail = await registry.FindAsync(id, ct);
        return Detail is not null;
    }

    private string T(string zh, string en) => Language.IsEnglish(HttpContext) ? en : zh;
}
