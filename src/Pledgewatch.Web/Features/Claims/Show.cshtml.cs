using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Claims;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class ShowModel(ClaimQueries queries, Tracker tracker, Editing editing) : PageModel
{
    public TrackedClaim? Claim { get; private set; }

    public string Region { get; private set; } = "";

    /// <summary>The claim as extracted, when it has been corrected since.</summary>
    public Pledgewatch.Storage.Entities.ClaimEntity? Original { get; private set; }

    public IReadOnlyList<Judgement> Judgements { get; private set; } = [];

    public IReadOnlyList<ClaimCorrectionEntity> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var found = await queries.FindAsync(id, ct);
        if (found is null)
        {
            return NotFound();
        }

        (Region, Claim) = found.Value;
        History = await editing.HistoryAsync(id, ct);
        if (History.Count > 0)
        {
            Original = await queries.ExtractedAsync(id, ct);
        }

        // The verdicts this claim takes part in: its own as a target, or the targets it answers.
        var code = Claim.Document.RegionCode ?? Region;
        var card = await tracker.ScorecardAsync(code, Claim.Claim.Year, ct);
        Judgements = card is null ? [] : Claim.Claim.Kind == ClaimKind.Target
            ? [.. card.Rows.Where(r => r.Target.Id == id || (ClaimKey.Of(r.Target) == ClaimKey.Of(Claim) && r.Target.Claim.Op == Claim.Claim.Op && r.Target.Claim.Value == Claim.Claim.Value)).Take(1)]
            : [.. card.Rows.Where(r => r.Outcomes.Any(o => o.Claim.Id == id || o.Claim.DerivedFrom.Any(d => d.Id == id)))];
        return Page();
    }
}
