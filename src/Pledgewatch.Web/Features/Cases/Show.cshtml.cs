using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Web.Features.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Cases;

/// <summary>
/// A citizen's case: its state and timers, the reply, and the step each person may take — the
/// department it is routed to accepts and replies (and sees the name and phone to call back), the
/// office reroutes and closes, the citizen rates with their key.
/// </summary>
[EnableRateLimiting(Policies.Writes)]
public sealed class ShowModel(CitizenCases cases, Actors actors, TimeProvider clock) : PageModel
{
    public PublicCase? Item { get; private set; }

    public Actor Me { get; private set; } = new("anonymous", Role.Anonymous);

    /// <summary>The name and phone to call back, for the department and the office only.</summary>
    public (string? Name, string? Phone)? Contact { get; private set; }

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostAcceptAsync(long id, CancellationToken ct) => StepAsync(id, me => cases.AcceptAsync(me, id, ct), ct);

    public Task<IActionResult> OnPostReplyAsync(long id, string? text, CancellationToken ct) =>
        text?.Length > 5000 ? Task.FromResult<IActionResult>(BadRequest()) : StepAsync(id, me => cases.AnswerAsync(me, id, Sanitise.PlainText(text) ?? "", ct), ct);

    public Task<IActionResult> OnPostRerouteAsync(long id, string? department, CancellationToken ct) =>
        StepAsync(id, me => cases.RerouteAsync(me, id, Sanitise.PlainText(department) ?? "", ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) => StepAsync(id, me => cases.CloseAsync(me, id, ct), ct);

    /// <summary>The citizen's rating with their key: no account needed.</summary>
    public async Task<IActionResult> OnPostRateAsync(long id, string? key, Satisfaction rating, CancellationToken ct)
    {
        if (key?.Length > 64)
        {
            return BadRequest();
        }

        Step<CitizenCase> result;
        try
        {
            result = await cases.RateAsync(id, key ?? "", rating, ct);
        }
        catch (Pledgewatch.Storage.StoreException e) when (e.IsNotFound)
        {
            return NotFound();
        }

        return await AnswerAsync(id, result, ct);
    }

    private async Task<IActionResult> StepAsync(long id, Func<Actor, Task<Step<CitizenCase>>> step, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        if (Me.Role is not (Role.Department or Role.Office or Role.Admin))
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        try
        {
            return await AnswerAsync(id, await step(Me), ct);
        }
        catch (Pledgewatch.Storage.StoreException e) when (e.IsNotFound)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> AnswerAsync(long id, Step<CitizenCase> result, CancellationToken ct)
    {
        if (result.Ok)
        {
            return Redirect($"/cases/{id}");
        }

        Problem = SuggestionWords.Refusal(result.Refused!, Language.IsEnglish(HttpContext));
        await LoadAsync(id, ct);
        Response.StatusCode = result.Refused!.Code is "not-office" or "not-department" or "wrong-key" ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        Item = await cases.FindAsync(id, ct);
        if (Item is not null && (Me.IsOffice || (Me.Role == Role.Department && Me.Department == Item.Case.Department)))
        {
            Contact = await cases.ContactAsync(id, ct);
            Response.Headers.CacheControl = "no-store";
        }

        return Item is not null;
    }
}
