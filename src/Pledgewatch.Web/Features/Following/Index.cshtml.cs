using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Following;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Following;

/// <summary>
/// Asking to follow by e-mail: anyone, a few times an hour per address. The form sits on cached
/// public pages, so it carries no anti-forgery token; cross-site posts are refused before this
/// (<see cref="CrossSite"/>) and nothing is sent but a confirmation until the address confirms.
/// </summary>
[EnableRateLimiting(Policies.Feedback)]
[IgnoreAntiforgeryToken]
[RequestSizeLimit(16 * 1024)]
public sealed class IndexModel(Followers followers, Mailer mailer, NoticeSignal signal) : PageModel
{
    public string? Name { get; private set; }

    public string Back { get; private set; } = "/";

    /// <summary>Null when the address was taken; else what was wrong.</summary>
    public string? Problem { get; private set; }

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? topic, string? key, string? email, string? back, CancellationToken ct)
    {
        var english = Language.IsEnglish(HttpContext);
        Back = Redirects.IsLocalPath(back) ? back! : "/";
        if (!mailer.CanSend)
        {
            return NotFound();
        }

        if (!Topic.IsKnown(topic) || key is null || await followers.NameAsync(topic!, key, ct) is not { } name)
        {
            return NotFound();
        }

        Name = name;
        if (Followers.Address(email) is not { } address)
        {
            Problem = english ? "That is not an e-mail address." : "这不是有效的电子邮箱地址。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await followers.FollowAsync(topic!, key, address, english ? "en" : "zh", $"{Request.Scheme}://{Request.Host}", ct);
        signal.Wake();
        return Page();
    }
}
