using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Web.Features.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Consultations;

/// <summary>
/// Drafts for comment (立法征求意见): each draft's articles with their comment counts and the
/// adopted comments, a comment form per article while the window is open (no login; a contact
/// point names itself), and the office's decision on each comment with its reason.
/// </summary>
[EnableRateLimiting(Policies.Writes)]
public sealed class IndexModel(Pledgewatch.Storage.Suggestions.Consultations drafts, Actors actors, TimeProvider clock) : PageModel
{
    public IReadOnlyList<StoredConsultation> Drafts { get; private set; } = [];

    public Actor Me { get; private set; } = new("anonymous", Role.Anonymous);

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        Drafts = await drafts.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCommentAsync(long id, int article, string? text, string? point, CancellationToken ct)
    {
        if (text?.Length > 2000 || point?.Length > 80)
        {
            return BadRequest();
        }

        return await AnswerAsync(await drafts.CommentAsync(id, article, Sanitise.PlainText(text) ?? "", Sanitise.PlainText(point), ct), ct);
    }

    public async Task<IActionResult> OnPostDecideAsync(long id, int comment, Adoption decision, string? reason, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        if (!Me.IsOffice)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        return await AnswerAsync(await drafts.DecideAsync(Me, id, comment, decision, Sanitise.PlainText(reason), ct), ct);
    }

    private async Task<IActionResult> AnswerAsync(Step<Consultation> result, CancellationToken ct)
    {
        if (result.Ok)
        {
            return Redirect("/consultations");
        }

        Problem = SuggestionWords.Refusal(result.Refused!, Language.IsEnglish(HttpContext));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await OnGetAsync(ct);
    }
}
