using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>A citizen's feedback from the project page: no login, a few per address and hour, sanitised, held for moderation.</summary>
[EnableRateLimiting(Policies.Feedback)]
[RequestSizeLimit(Limits.FeedbackBodyBytes)]
public sealed class FeedbackModel(FeedbackQueue queue) : PageModel
{
    public IActionResult OnGet(long id) => Redirect($"/projects/{id}");

    public async Task<IActionResult> OnPostAsync(long id, string? text, string? name, CancellationToken ct)
    {
        string outcome;
        if (FeedbackTooLong(text, name) is { } tooLong)
        {
            return Redirect($"/projects/{id}?feedback={Uri.EscapeDataString(tooLong)}#feedback");
        }

        try
        {
            await queue.SubmitAsync(id, Sanitise.PlainText(name), Sanitise.PlainText(text) ?? "", ct);
            outcome = "sent";
        }
        catch (StoreException e) when (!e.IsNotFound)
        {
            outcome = e.Message;
        }
        catch (StoreException)
        {
            return NotFound();
        }

        return Redirect($"/projects/{id}?feedback={Uri.EscapeDataString(outcome)}#feedback");
    }

    /// <summary>The length is checked on the text as sent, before any work is done on it.</summary>
    internal static string? FeedbackTooLong(string? text, string? name) =>
        text?.Length > FeedbackQueue.MaxLength || name?.Length > FeedbackQueue.MaxNameLength
            ? $"feedback is at most {FeedbackQueue.MaxLength} characters and a name at most {FeedbackQueue.MaxNameLength}"
            : null;
}
