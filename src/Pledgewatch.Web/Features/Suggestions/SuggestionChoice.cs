using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// The reader's choice of suggestions — a year, a lead department, a state or “late” — in the
/// order the list shows them: what is late first, the most late first, then the newest. The page
/// and its exports choose through here, so a download holds the rows the page shows.
/// </summary>
internal static class SuggestionChoice
{
    public const string States = "state is one of submitted, registered, assigned, replied, reopened, rated, closed, late";

    public static bool IsState(string? state) =>
        state is null or "" or "late" || Enum.TryParse<SuggestionState>(state, ignoreCase: true, out _);

    /// <summary>The chosen suggestions in the list's order; <paramref name="state"/> must pass <see cref="IsState"/>.</summary>
    public static IReadOnlyList<StoredSuggestion> Apply(IEnumerable<StoredSuggestion> all, int? year, string? department, string? state, DateOnly today)
    {
        var shown = all.Where(s => (year is null || s.Year == year) && (department is null || s.Suggestion.LeadDepartment == department));
        shown = state switch
        {
            null or "" => shown,
            "late" => shown.Where(s => s.Suggestion.Deadline(today) is DeadlineStatus.Amber or DeadlineStatus.Red),
            _ => shown.Where(s => s.Suggestion.State == Enum.Parse<SuggestionState>(state, ignoreCase: true)),
        };
        return [.. shown.OrderByDescending(s => s.Suggestion.Deadline(today)).ThenBy(s => s.Suggestion.DueOn ?? DateOnly.MaxValue).ThenByDescending(s => s.Id)];
    }
}
