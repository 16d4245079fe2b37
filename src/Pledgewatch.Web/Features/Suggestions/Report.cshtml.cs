using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Suggestions;

/// <summary>
/// The year's report on the handling of deputies' suggestions (代表建议办理情况报告), as the office
/// writes it for the standing committee, every figure computed from the records: how many were
/// handed in and assigned, 办结率, the share A/B/C, 满意率, the supervised and key suggestions by
/// name, the departments one by one, and what is still open or was rated 不满意. Prints on A4.
/// </summary>
public sealed class ReportModel(DeputySuggestions suggestions, TimeProvider clock) : PageModel
{
    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    /// <summary>The year's total figures.</summary>
    public HandlingStatistics Total { get; private set; } = HandlingStatistics.Of([], default);

    /// <summary>The departments' figures, the most suggestions first.</summary>
    public IReadOnlyList<(string Department, HandlingStatistics Figures)> Departments { get; private set; } = [];

    /// <summary>The year's suggestions under supervision (督办), key ones first.</summary>
    public IReadOnlyList<StoredSuggestion> Supervised { get; private set; } = [];

    /// <summary>Those rated 不满意 at least once.</summary>
    public IReadOnlyList<StoredSuggestion> Dissatisfied { get; private set; } = [];

    /// <summary>Those still owed a reply, the most late first.</summary>
    public IReadOnlyList<StoredSuggestion> Open { get; private set; } = [];

    public bool HasSample { get; private set; }

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        var all = await suggestions.ListAsync(ct: ct);
        Years = [.. all.Select(s => s.Year).Distinct().OrderDescending()];
        if (Years.Count == 0)
        {
            return Page();
        }

        Year = year ?? Years[0];
        if (!Years.Contains(Year))
        {
            return NotFound();
        }

        var items = all.Where(s => s.Year == Year).ToList();
        HasSample = items.Any(s => s.IsSample);
        var rows = suggestions.StatisticsOf(items);
        Total = rows.Single(r => r.Department is null).Figures;
        Departments = [.. rows.Where(r => r.Department is not null).Select(r => (r.Department!, r.Figures)).OrderByDescending(r => r.Figures.Received).ThenBy(r => r.Item1, StringComparer.Ordinal)];
        Supervised = [.. items.Where(s => s.Suggestion.SupervisedBy is not null).OrderByDescending(s => s.Suggestion.IsKey).ThenBy(s => s.Number, StringComparer.Ordinal)];
        Dissatisfied = [.. items.Where(s => s.Suggestion.Ratings.Contains(Satisfaction.Dissatisfied)).OrderBy(s => s.Number, StringComparer.Ordinal)];
        Open = SuggestionChoice.Apply(items.Where(s => s.Suggestion.State is SuggestionState.Submitted or SuggestionState.Registered or SuggestionState.Assigned or SuggestionState.Reopened), null, null, null, Today);
        return Page();
    }
}
