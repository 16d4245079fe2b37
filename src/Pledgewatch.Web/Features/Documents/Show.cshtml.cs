using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Documents;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class ShowModel(DocumentQueries documents) : PageModel
{
    public DocumentEntity? Document { get; private set; }

    public string Title { get; private set; } = "";

    public string Region { get; private set; } = "";

    public string Html { get; private set; } = "";

    [BindProperty(SupportsGet = true, Name = "claim")]
    public long? Selected { get; set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var detail = await documents.FindAsync(id, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Document = detail.Document;
        Title = Document.Title ?? Document.FileName;
        Region = detail.Region;
        var claims = detail.Claims;
        var chosen = claims.FirstOrDefault(c => c.Id == Selected);
        if (Selected is not null && chosen is null)
        {
            Selected = null;
        }

        Html = Highlighter.Render(
            Document.Text,
            claims.Select(c => new Highlighter.Mark(c.Id, c.Start, c.End, c.Kind == ClaimKind.Target, $"{c.Year} {MeasureWords.Of(c.Kind, Language.Reader(HttpContext))} {c.Indicator} {ContractNames.Of(c.Op)} {c.Written}")),
            chosen is null ? null : (chosen.Id, chosen.Start, chosen.End, chosen.Text),
            markdown: IsMarkdown);
        return Page();
    }

    /// <summary>Whether the document is Markdown, rendered as such.</summary>
    public bool IsMarkdown => Document?.Format == "markdown";
}
