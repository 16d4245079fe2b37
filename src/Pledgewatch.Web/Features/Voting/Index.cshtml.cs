using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Web.Features.Voting;

public sealed class IndexModel(BallotQueries queries) : PageModel
{
    public IReadOnlyList<BallotEntity> Ballots { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Regions { get; private set; } = new Dictionary<int, string>();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await queries.ListAsync(ct);
        Ballots = [.. all.Select(b => b.Ballot)];
        Regions = all.Select(b => (b.Ballot.RegionId, b.Region)).Distinct().ToDictionary(b => b.RegionId, b => b.Region);
    }
}
