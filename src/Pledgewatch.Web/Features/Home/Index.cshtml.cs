using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Home;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Pledgewatch.Web.Shared.PublicCache.Policy)]
public sealed class IndexModel(Overview overview) : PageModel
{
    public IReadOnlyList<Overview.RegionYear> Rows { get; private set; } = [];

    public bool HasChildren(int regionId) => Rows.Any(r => r.ParentId == regionId);

    public async Task OnGetAsync(CancellationToken ct) => Rows = await overview.GetAsync(ct);
}
