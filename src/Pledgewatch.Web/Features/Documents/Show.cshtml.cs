using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Documents;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class ShowModel(PledgewatchStore store) : PageModel
{
    public DocumentEntity? Document { get; private set; }

    public string Title { get; private set; } = "";

    public string Region { get; private set; } = "";

    public string Html { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "claim")]
    public long? Selected { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        Document = await db.Documents.AsNoTracking().Include(d => d.Region).FirstOrDefaultAsync(d => d.Id == id, ct);
        if (Document is null)
        {
            return NotFound();
        }

        Title = Document.Title ?? Document.FileName;
        Region = Document.Region!.Name;
        var claims = await db.Claims.AsNoTracking().Where(c => c.DocumentId == id).OrderBy(c => c.Ordinal)
            .Select(c => new { c.Id, c.Start, c.End, c.Kind, c.Year, c.Indicator, c.Op, c.Written, c.Text })
            .ToListAsync(ct);
        var chosen = claims.FirstOrDefault(c => c.Id == Selected);
        if (Selected is not null && chosen is null)
        {
            Selected = null;
        }

        Html = Highlighter.Render(
            Document.Text,
            claims.Select(c => new Highlighter.Mark(c.Id, c.Start, c.End, c.Kind == ClaimKind.Target, $"{c.Year} {ContractNames.Of(c.Kind)} {c.Indicator} {ContractNames.Of(c.Op)} {c.Written}")),
            chosen is null ? null : (chosen.Id, chosen.Start, chosen.End, chosen.Text));
        return Page();
    }
}
