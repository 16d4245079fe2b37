using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Claims;

[Authorize(Policy = Policies.Editor)]
[EnableRateLimiting(Policies.Writes)]
public sealed class CorrectModel(ClaimQueries queries, Editing editing) : PageModel
{
    public TrackedClaim? Claim { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var found = await queries.FindAsync(id, ct);
        if (found is null)
        {
            return NotFound();
        }

        Claim = found.Value.Claim;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? indicator, string? kind, int? year, string? measure, string? op, string? value, string? unit, string? note, CancellationToken ct)
    {
        var found = await queries.FindAsync(id, ct);
        if (found is null)
        {
            return NotFound();
        }

        Claim = found.Value.Claim;
        double? number = null;
        if (!string.IsNullOrWhiteSpace(value))
        {
            if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
            {
                Error = Language.IsEnglish(HttpContext) ? "The value is not a number." : "数值不是数字。";
                return Page();
            }

            number = parsed;
        }

        var result = await editing.CorrectClaimAsync(id, new ClaimCorrection
        {
            Indicator = indicator,
            Kind = kind,
            Year = year,
            Measure = measure,
            Op = op,
            Value = number,
            ClearValue = number is null,
            Unit = unit,
            Note = note,
        }, User.Identity!.Name!, ct);
        if (result.Outcome != EditOutcome.Done)
        {
            Error = result.Error;
            return Page();
        }

        return Redirect($"/claims/{id}");
    }
}
