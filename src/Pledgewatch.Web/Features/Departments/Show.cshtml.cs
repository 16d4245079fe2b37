using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Features.Suggestions;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Departments;

/// <summary>
/// What a department owes and by when: deputies' suggestions awaiting its reply and citizens' cases
/// awaiting its acceptance or reply, the most overdue first; the same as one CSV or xlsx table
/// (<c>?format=csv|xlsx</c>).
/// </summary>
public sealed class ShowModel(DeputySuggestions suggestions, CitizenCases cases, TimeProvider clock) : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<StoredSuggestion> Suggestions { get; private set; } = [];

    public IReadOnlyList<PublicCase> Cases { get; private set; } = [];

    public DateOnly Today => Pledgewatch.Projects.ChinaTime.Today(clock);

    public async Task<IActionResult> OnGetAsync(string name, string? format, CancellationToken ct)
    {
        if (format is not null && !TableFiles.IsFormat(format))
        {
            return BadRequest("format is csv or xlsx");
        }

        Name = name;
        Suggestions = [.. (await suggestions.ListAsync(department: name, ct: ct))
            .Where(s => s.Suggestion.State is SuggestionState.Assigned or SuggestionState.Reopened).OrderBy(s => s.Suggestion.DueOn)];
        Cases = [.. (await cases.ListAsync(department: name, ct: ct))
            .Where(c => c.Case.State is CaseState.Routed or CaseState.Accepted).OrderBy(c => c.Case.State == CaseState.Routed ? c.Case.AcceptDue : c.Case.ReplyDue)];
        if (format is null)
        {
            return Page();
        }

        var (bytes, type, file) = TableFiles.Write(Owed(Language.IsEnglish(HttpContext)), format, "owed");
        return File(bytes, type, file);
    }

    /// <summary>What the page lists, as one table: the suggestions, then the cases.</summary>
    private ReportTable Owed(bool en) => new(en ? "owed" : "待办",
        en ? ["Kind", "Number", "Title or category", "State", "Due", "Deadline", "Sample"] : ["类型", "编号", "标题或类别", "状态", "期限", "是否超期", "样例数据"],
        [
            .. Suggestions.Select(s => new object?[]
            {
                en ? "deputy's suggestion" : "代表建议", s.Number, s.Suggestion.Title, SuggestionWords.State(s.Suggestion.State, en), s.Suggestion.DueOn?.ToString("yyyy-MM-dd"),
                SuggestionWords.Deadline(s.Suggestion.Deadline(Today), en)?.Words, s.IsSample,
            }),
            .. Cases.Select(c => new object?[]
            {
                en ? "citizen's case" : "群众诉求", $"#{c.Id}", c.Case.Category, SuggestionWords.Case(c.Case.State, en),
                (c.Case.State == CaseState.Routed ? c.Case.AcceptDue : c.Case.ReplyDue)?.ToString("yyyy-MM-dd"), SuggestionWords.Deadline(c.Case.Deadline(Today), en)?.Words, c.IsSample,
            }),
        ]);
}
