using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Geo;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Cases;

/// <summary>
/// Handing a case in (the form is on /cases): no login, a few an hour per address like feedback,
/// text and names kept as plain text, photos checked by their first bytes. The answer shows the
/// case's number and its key once.
/// </summary>
[EnableRateLimiting(Policies.Feedback)]
[RequestSizeLimit(Limits.PhotoUploadBytes * 3)]
public sealed class NewModel(CitizenCases cases, IConfiguration configuration) : PageModel
{
    public CaseReceipt? Receipt { get; private set; }

    public string? Problem { get; private set; }

    public IActionResult OnGet() => Redirect("/cases");

    public async Task<IActionResult> OnPostAsync(string? region, string? kind, string? category, string? text, string? district, double? lng, double? lat, string? name, string? phone, List<IFormFile>? photos, CancellationToken ct)
    {
        var english = Language.IsEnglish(HttpContext);
        if (text?.Length > 2000 || name?.Length > 50 || phone?.Length > 30 || (photos?.Count ?? 0) > 3)
        {
            return Refuse(english ? "The text is at most 2,000 characters, a name 50, a phone 30, and at most three photos." : "内容最多2000字，称呼最多50字，电话最多30位，照片最多3张。");
        }

        if (category is null || !CaseSettings.Categories(configuration).Contains(category))
        {
            return Refuse(english ? "Choose a category." : "请选择类别。");
        }

        LngLat? at = lng is { } x && lat is { } y ? new LngLat(x, y) : null;
        if (at is { } p && ChinaCoordinates.IsOutsideChina(p))
        {
            return Refuse(english ? "The place is outside China." : "位置不在中国境内。");
        }

        var images = new List<(string, byte[])>();
        foreach (var photo in photos ?? [])
        {
            using var buffer = new MemoryStream();
            await photo.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            if (bytes.Length > ProjectRegistry.MaxPhotoBytes || ProjectRegistry.PhotoType(bytes) is not { } type)
            {
                return Refuse(english ? "A photo must be a JPEG, PNG or WebP image of at most 5 MB." : "照片须为5 MB以内的JPEG、PNG或WebP图片。");
            }

            images.Add((type, bytes));
        }

        try
        {
            var (receipt, refused) = await cases.ReceiveAsync(region ?? "", kind == "suggestion" ? CaseKind.Suggestion : CaseKind.Complaint, category,
                Sanitise.PlainText(text) ?? "", Sanitise.PlainText(district), at, Sanitise.PlainText(name), Sanitise.PlainText(phone), images, ct: ct);
            if (refused is not null)
            {
                return Refuse(english ? refused.En : refused.Zh);
            }

            Receipt = receipt;
        }
        catch (Pledgewatch.Storage.StoreException e) when (e.IsNotFound)
        {
            return Refuse(english ? "There is no such region." : "没有这个地区。");
        }

        return Page();
    }

    private IActionResult Refuse(string message)
    {
        Problem = message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
