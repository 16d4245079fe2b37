using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Web.Features.Voting;

public sealed class IndexModel(BallotQueries queries) : PageModel
{
    /// <summary>Every ballot with its region's name, newest year first.</summary>
    public IReadOnlyList<(BallotEntity Ballot, string Region)> Ballots { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Ballots = await queries.ListAsync(ct);
}
