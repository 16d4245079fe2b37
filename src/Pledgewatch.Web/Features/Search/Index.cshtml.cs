using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Search;

public sealed class IndexModel(ClaimQueries queries, DocumentQueries documents, MissLimiter misses) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<DocumentQueries.Hit> Documents { get; private set; } = [];

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

        Documents = await documents.SearchAsync(Q, 50, ct);
        Claims = await queries.SearchAsync(Q, 1, 200, ct);
        return Page();
    }
}
