using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;

namespace Pledgewatch.Web.Features.Documents;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(PledgewatchStore store) : PageModel
{
    private const int Size = 100;

    public sealed record Row(long Id, string FileName, string? Title, string Region, int ReportYear, string? Type, int ClaimCount, int Version);

    public IReadOnlyList<Row> Documents { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public bool HasMore { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (PageNumber < 1)
        {
            return BadRequest();
        }

        await using var db = store.CreateContext();
        var rows = await db.Documents.AsNoTracking().Where(d => d.IsCurrent)
            .OrderByDescending(d => d.ReportYear).ThenBy(d => d.Region!.Code).ThenBy(d => d.Id)
            .Skip((PageNumber - 1) * Size).Take(Size + 1)
            .Select(d => new Row(d.Id, d.FileName, d.Title, d.Region!.Name, d.ReportYear, d.Type, d.ClaimCount, d.Version))
            .ToListAsync(ct);
        HasMore = rows.Count > Size;
        Documents = rows.Take(Size).ToList();
        return Page();
    }
}
