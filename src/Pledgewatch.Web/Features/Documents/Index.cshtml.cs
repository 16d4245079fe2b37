using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;

namespace Pledgewatch.Web.Features.Documents;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(DocumentQueries documents) : PageModel
{
    private const int Size = 100;

    public IReadOnlyList<DocumentQueries.Row> Documents { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PageNumber < 1)
        {
            return BadRequest();
        }

        (Documents, HasMore) = await documents.PageAsync(PageNumber, Size, ct);
        return Page();
    }
}
