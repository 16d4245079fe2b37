using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Search;

public sealed class IndexModel(ClaimQueries queries, PledgewatchStore store, MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<DocumentSearch.Hit> Documents { get; private set; } = [];

    public ClaimPage? Claims { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Q = Q?.Trim();
        if (string.IsNullOrEmpty(Q))
        {
            return Page();
        }

        if (!misses.TryAcquire(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }

        if (Q.Length > 100)
        {
            return BadRequest();
        }

        Documents = await DocumentSearch.FindAsync(store, Q, 50, ct);
        Claims = await queries.SearchAsync(Q, 1, 200, ct);
        return Page();
    }
}
