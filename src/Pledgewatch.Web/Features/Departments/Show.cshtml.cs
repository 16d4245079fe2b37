using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Departments;

/// <summary>What a department owes and by when: deputies' suggestions awaiting its reply and citizens' cases awaiting its acceptance or reply, the most overdue first.</summary>
public sealed class ShowModel(DeputySuggestions suggestions, CitizenCases cases, TimeProvider clock) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<StoredSuggestion> Suggestions { get; private set; } = [];

    public IReadOnlyList<PublicCase> Cases { get; private set; } = [];

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken ct)
    {
        Name = name;
        Suggestions = [.. (await suggestions.ListAsync(department: name, ct: ct))
            .Where(s => s.Suggestion.State is SuggestionState.Assigned or SuggestionState.Reopened).OrderBy(s => s.Suggestion.DueOn)];
        Cases = [.. (await cases.ListAsync(department: name, ct: ct))
            .Where(c => c.Case.State is CaseState.Routed or CaseState.Accepted).OrderBy(c => c.Case.State == CaseState.Routed ? c.Case.AcceptDue : c.Case.ReplyDue)];
        return Page();
    }
}
