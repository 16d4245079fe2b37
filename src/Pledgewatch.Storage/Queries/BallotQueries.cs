using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Queries;

/// <summary>Ballots as the vote's pages and API read them; every change goes through <see cref="Voting.Ballots"/>.</summary>
public sealed class BallotQueries(PledgewatchStore store)
{
    /// <summary>A ballot's roster and how many of it have voted.</summary>
    public sealed record Turnout(int Eligible, int Voted);

    /// <summary>Every ballot, newest year first, with its region's name.</summary>
    public async Task<IReadOnlyList<(BallotEntity Ballot, string Region)>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var ballots = await db.Ballots.AsNoTracking().OrderByDescending(b => b.Year).ThenBy(b => b.Id).ToListAsync(cancellationToken);
        var ids = ballots.Select(b => b.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, cancellationToken);
        return [.. ballots.Select(b => (b, regions.GetValueOrDefault(b.RegionId, "")))];
    }

    /// <summary>A ballot (of the given kind, when one is given) with its candidates in order; null when there is none.</summary>
    public async Task<(BallotEntity Ballot, IReadOnlyList<CandidateEntity> Candidates)?> WithCandidatesAsync(long id, Voting.BallotKind? kind = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (ballot is null || (kind is { } wanted && ballot.Kind != wanted))
        {
            return null;
        }

        var candidates = await db.Candidates.AsNoTracking().Where(c => c.BallotId == id).OrderBy(c => c.Ordinal).ToListAsync(cancellationToken);
        return (ballot, candidates);
    }

    public async Task<Turnout> TurnoutAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var eligible = await db.Deputies.CountAsync(d => d.BallotId == id, cancellationToken);
        var voted = await db.VoteReceipts.CountAsync(r => r.BallotId == id, cancellationToken);
        return new Turnout(eligible, voted);
    }

    /// <summary>The project each of these candidates became, by candidate id.</summary>
    public async Task<IReadOnlyDictionary<long, long>> ProjectsOfAsync(IReadOnlyCollection<long> candidateIds, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var ids = candidateIds.Select(c => (long?)c).ToList();
        return await db.Projects.AsNoTracking().Where(p => ids.Contains(p.CandidateId))
            .ToDictionaryAsync(p => p.CandidateId!.Value, p => p.Id, cancellationToken);
    }

    /// <summary>The ballot each of these candidates stands on, by candidate id.</summary>
    public async Task<IReadOnlyDictionary<long, long>> BallotsOfAsync(IReadOnlyCollection<long> candidateIds, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Candidates.AsNoTracking().Where(c => candidateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.BallotId, cancellationToken);
    }

    /// <summary>The votes of a region and year that have not opened yet, by id: where a proposal can still be put.</summary>
    public async Task<IReadOnlyList<BallotEntity>> NotYetOpenAsync(int regionId, int year, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var ballots = await db.Ballots.AsNoTracking().Where(b => b.RegionId == regionId && b.Year == year && b.Kind == Voting.BallotKind.Vote)
            .OrderBy(b => b.Id).ToListAsync(cancellationToken);
        return [.. ballots.Where(b => b.OpensAt > now)];
    }

    /// <summary>The deputy code of a user on a ballot's roster; null when the user is not on it.</summary>
    public async Task<string?> DeputyCodeAsync(long ballotId, string user, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Deputies.AsNoTracking().Where(d => d.BallotId == ballotId && d.UserName == user).Select(d => d.Code).FirstOrDefaultAsync(cancellationToken);
    }
}
