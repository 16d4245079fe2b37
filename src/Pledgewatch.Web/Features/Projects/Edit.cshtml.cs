using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Projects;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>Editors add a project (a major project, or a livelihood project not from a vote) or change one.</summary>
[Authorize(Policy = Policies.Editor)]
[EnableRateLimiting(Policies.Writes)]
public sealed class EditModel(ProjectRegistry registry, RegionQueries regions) : PageModel
{
    [BindProperty] public string Region { get; set; } = "";
    [BindProperty] public string? District { get; set; }
    [BindProperty] public int Year { get; set; } = DateTime.UtcNow.Year;
    [BindProperty] public string Kind { get; set; } = ProjectDraft.Major;
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Owner { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Target { get; set; }
    [BindProperty] public string? Total { get; set; }
    [BindProperty] public string? Planned { get; set; }
    [BindProperty] public string? Completed { get; set; }
    [BindProperty] public string? Places { get; set; }
    [BindProperty] public string Datum { get; set; } = "wgs84";
    [BindProperty] public bool Sample { get; set; }

    public long? Id { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<(string Code, string Name)> Regions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        await LoadRegionsAsync(ct);
        if (id is null)
        {
            return Page();
        }

        var detail = await registry.FindAsync(id.Value, ct);
        if (detail is null)
        {
            return NotFound();
        }

        var p = detail.Summary.Project;
        Id = p.Id;
        (Region, District, Year, Kind, Name, Category, Owner, Description, Target) = (detail.Summary.Region, detail.Summary.District, p.Year, p.Kind, p.Name, p.Category, p.OwnerDepartment, p.Description, p.TargetText);
        (Total, Planned, Completed) = (N(p.TotalInvestment), N(p.PlannedInvestment), N(p.CompletedInvestment));
        Places = PlaceText.Write(detail.Summary.Places);
        Sample = p.IsSample;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        await LoadRegionsAsync(ct);
        Id = id;
        var english = Language.IsEnglish(HttpContext);
        var datum = PlaceText.ParseDatum(Datum) ?? Pledgewatch.Projects.Datum.Wgs84;
        var (places, placeError) = PlaceText.Parse(Places, datum);
        double?[] money = [null, null, null];
        string?[] written = [Total, Planned, Completed];
        for (var i = 0; i < 3; i++)
        {
            if (string.IsNullOrWhiteSpace(written[i]))
            {
                continue;
            }

            if (!double.TryParse(written[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            {
                return Fail(english ? $"“{written[i]}” is not a number of 万元." : $"“{written[i]}”不是以万元计的数字。");
            }

            money[i] = v;
        }

        if (placeError is not null)
        {
            return Fail((english ? "Places: " : "位置：") + placeError);
        }

        var draft = new ProjectDraft(Region, District, Year, Kind, Name, Category, Owner, Description, Target, money[0], money[1], money[2], places, Sample);
        try
        {
            if (id is { } existing)
            {
                if (await registry.FindAsync(existing, ct) is null)
                {
                    return NotFound();
                }

                await registry.UpdateAsync(existing, draft, User.Identity!.Name!, ct);
            }
            else
            {
                id = (await registry.CreateAsync(draft, User.Identity!.Name!, ct)).Id;
            }
        }
        catch (StoreException e)
        {
            return Fail(e.Message);
        }

        return Redirect($"/projects/{id}");
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadRegionsAsync(CancellationToken ct)
    {
        Regions = [.. await regions.ChoicesAsync(cancellationToken: ct)];
    }

    private static string? N(double? v) => v?.ToString(CultureInfo.InvariantCulture);
}
