using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Voting;

/// <summary>
/// The congress office sets up a vote on candidate projects (票决) or a year-end rating of adopted
/// ones (满意度测评). Times are Beijing time (UTC+8), as the congress works.
/// </summary>
[Authorize(Policy = Policies.Ballots)]
[EnableRateLimiting(Policies.Writes)]
public sealed class NewModel(Ballots ballots, ProjectRegistry registry, RegionQueries regions) : PageModel
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [BindProperty] public string Kind { get; set; } = BallotKinds.Of(BallotKind.Vote);
    [BindProperty] public string Region { get; set; } = "";
    [BindProperty] public int Year { get; set; } = DateTime.UtcNow.Year;
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public int K { get; set; } = 10;
    [BindProperty] public DateTime? Opens { get; set; }
    [BindProperty] public DateTime? Closes { get; set; }
    [BindProperty] public bool Sample { get; set; }
    [BindProperty] public List<long> Projects { get; set; } = [];

    public IReadOnlyList<string> Regions { get; private set; } = [];

    public IReadOnlyList<ProjectSummary> Livelihood { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Opens is null || Closes is null)
        {
            return Fail(Language.IsEnglish(HttpContext) ? "Give the opening and closing times." : "请填写开始和结束时间。");
        }

        var opens = new DateTimeOffset(DateTime.SpecifyKind(Opens.Value, DateTimeKind.Unspecified), Beijing);
        var closes = new DateTimeOffset(DateTime.SpecifyKind(Closes.Value, DateTimeKind.Unspecified), Beijing);
        try
        {
            var ballot = BallotKinds.Parse(Kind) == BallotKind.Rating
                ? await ballots.CreateRatingAsync(new BallotDraft(Region, Year, Title, opens, closes, Sample), Projects, User.Identity!.Name!, ct)
                : await ballots.CreateAsync(new BallotDraft(Region, Year, Title, opens, closes, Sample), K, User.Identity!.Name!, ct);
            return Redirect($"/ballots/{ballot.Id}/manage");
        }
        catch (StoreException e)
        {
            return Fail(e.Message);
        }
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Regions = [.. (await regions.ChoicesAsync(cancellationToken: ct)).Select(r => r.Name)];
        Livelihood = await registry.ListAsync(new ProjectFilter(Kind: ProjectDraft.Livelihood), ct);
    }
}
