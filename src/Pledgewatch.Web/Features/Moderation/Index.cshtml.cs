using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Moderation;

/// <summary>Editors read citizens' feedback before it is shown, and approve or reject it.</summary>
[Authorize(Policy = Policies.Editor)]
[EnableRateLimiting(Policies.Writes)]
public sealed class IndexModel(FeedbackQueue queue) : PageModel
{
    public IReadOnlyList<(FeedbackEntity Feedback, string Project)> Pending { get; private set; } = [];

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Pending = await queue.PendingAsync(ct);

    public async Task<IActionResult> OnPostAsync(long id, string? decision, CancellationToken ct)
    {
        if (decision is not ("approve" or "reject"))
        {
            return BadRequest();
        }

        try
        {
            var done = await queue.ModerateAsync(id, decision == "approve", User.Identity!.Name!, ct);
            Message = done ? null : Language.IsEnglish(HttpContext) ? "Another editor had already decided on it." : "另一位编辑已处理过这条意见。";
        }
        catch (StoreException)
        {
            return NotFound();
        }

        Pending = await queue.PendingAsync(ct);
        return Message is null ? Redirect("/moderation") : Page();
    }
}
