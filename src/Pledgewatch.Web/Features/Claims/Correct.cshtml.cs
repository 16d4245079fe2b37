using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Pledgewatch.Extraction.Numbers;
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
            // Typed as the report writes it (680.3亿元, 10.4万人, 5.5%), read by the grammar's quantity parser.
            if (!WrittenAmount.TryRead(value, out var parsed, out var typedUnit))
            {
                Error = Language.IsEnglish(HttpContext) ? $"“{value}” is not an amount (write it as the report does: 680.3亿元, 10.4万人, 5.5%)." : $"“{value}”不是一个数值（按报告的写法填写，如 680.3亿元、10.4万人、5.5%）。";
                return Page();
            }

            if (typedUnit is not null && !string.IsNullOrWhiteSpace(unit) && unit.Trim() != typedUnit)
            {
                Error = Language.IsEnglish(HttpContext) ? $"The value is in {typedUnit} but the unit says {unit.Trim()}." : $"数值的单位是{typedUnit}，单位栏却是{unit.Trim()}。";
                return Page();
            }

            number = parsed;
            unit = typedUnit ?? unit;
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
