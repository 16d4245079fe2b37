using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// A deputy's suggestion: its facts, its replies (a reply marked not public is shown to the office,
/// the department and the deputy only) and the one step each person may take now — the office
/// registers, supervises, assigns and closes; a co-department gives its opinion; the lead
/// department replies; the lead deputy rates. The co-departments' opinions are public with the
/// reply of their round when that reply is public.
/// A refused step says why.
/// </summary>
[EnableRateLimiting(Policies.Writes)]
public sealed class ShowModel(DeputySuggestions suggestions, Actors actors, TimeProvider clock) : PageModel
{
    public StoredSuggestion? Item { get; private set; }

    public Actor Me { get; private set; } = new("anonymous", Role.Anonymous);

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public string? Problem { get; private set; }

    /// <summary>True when the reader may see replies not marked public and the opinions before the reply: the office, the lead deputy, the departments handling it.</summary>
    public bool SeesAll => Me.IsOffice || (Item is { } i && (
        (Me.Role == Role.Deputy && Me.Name == i.Suggestion.Lead)
        || (Me.Role == Role.Department && Me.Department is { } d && (d == i.Suggestion.LeadDepartment || i.Suggestion.CoDepartments.Contains(d)))));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        Item = await suggestions.FindAsync(id, ct);
        return Item is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostRegisterAsync(long id, CancellationToken ct) => StepAsync(id, me => suggestions.RegisterAsync(me, id, ct), ct);

    public Task<IActionResult> OnPostSuperviseAsync(long id, string? supervisor, bool key, CancellationToken ct) =>
        StepAsync(id, me => suggestions.SuperviseAsync(me, id, Sanitise.PlainText(supervisor) ?? "", key, ct), ct);

    public Task<IActionResult> OnPostAssignAsync(long id, string? lead, string? co, CancellationToken ct) =>
        StepAsync(id, me => suggestions.AssignAsync(me, id, Sanitise.PlainText(lead) ?? "",
            [.. (co ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], ct: ct), ct);

    public Task<IActionResult> OnPostReplyAsync(long id, ReplyClass @class, string? text, bool @private, CancellationToken ct) =>
        text?.Length > 10_000 ? Task.FromResult<IActionResult>(BadRequest())
        : StepAsync(id, me => suggestions.ReplyAsync(me, id, @class, Sanitise.PlainText(text) ?? "", !@private, ct), ct);

    public Task<IActionResult> OnPostAdviseAsync(long id, string? text, CancellationToken ct) =>
        text?.Length > 10_000 ? Task.FromResult<IActionResult>(BadRequest())
        : StepAsync(id, me => suggestions.AdviseAsync(me, id, Sanitise.PlainText(text) ?? "", ct), ct);

    public Task<IActionResult> OnPostRateAsync(long id, Satisfaction rating, CancellationToken ct) => StepAsync(id, me => suggestions.RateAsync(me, id, rating, ct), ct);

    public Task<IActionResult> OnPostCloseAsync(long id, CancellationToken ct) => StepAsync(id, me => suggestions.CloseAsync(me, id, ct), ct);

    private async Task<IActionResult> StepAsync(long id, Func<Actor, Task<Step<DeputySuggestion>>> step, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        if (Me.Role is Role.Anonymous or Role.Citizen)
        {
            return User.Identity?.IsAuthenticated == true ? Forbid() : Challenge();
        }

        Step<DeputySuggestion> result;
        try
        {
            result = await step(Me);
        }
        catch (Pledgewatch.Storage.StoreException e) when (e.IsNotFound)
        {
            return NotFound();
        }

        if (result.Ok)
        {
            return Redirect($"/suggestions/{id}");
        }

        // Refused by the workflow: not this person's step, or not now.
        Problem = SuggestionWords.Refusal(result.Refused!, Language.IsEnglish(HttpContext));
        Item = await suggestions.FindAsync(id, ct);
        Response.StatusCode = result.Refused!.Code is "not-office" or "not-lead-department" or "not-co-department" or "not-the-deputy" or "not-a-deputy" ? StatusCodes.Status403Forbidden : StatusCodes.Status409Conflict;
        return Page();
    }
}
