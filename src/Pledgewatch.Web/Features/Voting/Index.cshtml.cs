using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Web.Features.Voting;

public sealed class IndexModel(PledgewatchStore store) : PageModel
{
    public IReadOnlyList<BallotEntity> Ballots { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Regions { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var db = store.CreateContext();
        Ballots = await db.Ballots.AsNoTracking().OrderByDescending(b => b.Year).ThenBy(b => b.Id).ToListAsync(ct);
        Regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
    }
}
