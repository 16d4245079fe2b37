using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// Deputies' suggestions (代表建议): the list anyone may read (titles, numbers, departments, states,
/// deadlines; replies on each page when public), filtered by year, state and department; a deputy
/// hands one in here; the office sees what is late first.
/// </summary>
[EnableRateLimiting(Policies.Writes)]
public sealed class IndexModel(DeputySuggestions suggestions, Actors actors, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    public IReadOnlyList<StoredSuggestion> Items { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<string> Departments { get; private set; } = [];

    public Actor Me { get; private set; } = new("anonymous", Role.Anonymous);

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        var all = await suggestions.ListAsync(ct: ct);
        Years = [.. all.Select(s => s.Year).Distinct().OrderDescending()];
        Departments = [.. all.Select(s => s.Suggestion.LeadDepartment).OfType<string>().Distinct().Order(StringComparer.Ordinal)];
        if (!SuggestionChoice.IsState(State))
        {
            throw new BadHttpRequestException(SuggestionChoice.States);
        }

        Items = SuggestionChoice.Apply(all, Year, Department, State, Today);
        return Page();
    }

    /// <summary>A deputy hands a suggestion in.</summary>
    public async Task<IActionResult> OnPostAsync(string? region, string? title, string? text, string? category, string? district, string? cosigners, CancellationToken ct)
    {
        Me = await actors.OfAsync(User, ct);
        if (Me.Role != Role.Deputy)
        {
            return Forbid();
        }

        if (title?.Length > 200 || text?.Length > 10_000)
        {
            return BadRequest();
        }

        long? id;
        Refusal? refused;
        try
        {
            (id, refused) = await suggestions.SubmitAsync(Me, region ?? "", Sanitise.PlainText(title) ?? "", Sanitise.PlainText(text) ?? "", Sanitise.PlainText(category), Sanitise.PlainText(district),
                [.. (cosigners ?? "").Split([',', '，', '、', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)], ct: ct);
        }
        catch (Pledgewatch.Storage.StoreException e) when (e.IsNotFound)
        {
            (id, refused) = (null, new Refusal("no-region", "没有这个地区", "there is no such region"));
        }

        if (refused is not null)
        {
            Problem = SuggestionWords.Refusal(refused, Language.IsEnglish(HttpContext));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await OnGetAsync(ct);
        }

        return Redirect($"/suggestions/{id}");
    }
}
