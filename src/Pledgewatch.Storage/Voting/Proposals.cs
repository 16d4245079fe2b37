using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Voting;

/// <summary>
/// The proposals collected for a region and year before the vote (from departments, deputies'
/// proposals, citizens' suggestions), and the shortlist: a proposal shortlisted onto a ballot
/// becomes its candidate in the same transaction; one declined stays on record.
/// </summary>
public sealed class Proposals(PledgewatchStore store, TimeProvider? clock = null)
{
    public const string Proposed = "proposed", Shortlisted = "shortlisted", Declined = "declined";

    /// <summary>Where proposals come from, as the congress office records them.</summary>
    public static IReadOnlyList<string> Sources { get; } = ["部门提出", "代表建议", "市民建议"];

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<ProposalEntity> AddAsync(string region, int year, ProposalEntity proposal, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        if (string.IsNullOrWhiteSpace(proposal.Title))
        {
            throw new StoreException("a proposal needs a title");
        }

        if (!Sources.Contains(proposal.Source))
        {
            throw new StoreException($"a proposal comes from one of: {string.Join(", ", Sources)}");
        }

        await using var db = store.CreateContext();
        var found = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region {region} is known");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        proposal.RegionId = found.Id;
        proposal.Year = year;
        proposal.Status = Proposed;
        proposal.SubmittedBy = actor;
        proposal.At = _clock.GetUtcNow();
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync(ct);
        Audit.Add(db, _clock, actor, "proposal.add", $"proposal {proposal.Id}", $"{found.Name} {year} {proposal.Title} ({proposal.Source}){(proposal.IsSample ? "; sample data" : "")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return proposal;
    }

    /// <summary>The proposals of a region and year, oldest first.</summary>
    public async Task<IReadOnlyList<ProposalEntity>> ListAsync(string region, int year, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var found = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region {region} is known");
        return await db.Proposals.AsNoTracking().Where(p => p.RegionId == found.Id && p.Year == year).OrderBy(p => p.Id).ToListAsync(ct);
    }

    /// <summary>Puts a proposal on a ballot of its region and year, before the ballot opens.</summary>
    public async Task<CandidateEntity> ShortlistAsync(long proposalId, long ballotId, string actor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);

        // Taken first, by a write: of two editors shortlisting the same proposal at once, one wins.
        await TakeAsync(db, proposalId, Shortlisted, ct);
        var proposal = await db.Proposals.FirstAsync(p => p.Id == proposalId, ct);
        var ballot = await db.Ballots.FirstOrDefaultAsync(b => b.Id == ballotId, ct) ?? throw new StoreException($"no ballot {ballotId}");
        if (ballot.RegionId != proposal.RegionId || ballot.Year != proposal.Year)
        {
            throw new StoreException($"ballot {ballotId} is for another region or year than proposal {proposalId}");
        }

        var candidate = new CandidateEntity
        {
            Title = proposal.Title,
            Description = proposal.Description,
            Category = proposal.Category,
            Budget = proposal.Budget,
            OwnerDepartment = proposal.OwnerDepartment,
            Source = proposal.Source,
            DistrictId = proposal.DistrictId,
            Places = proposal.Places,
            IsSample = proposal.IsSample || ballot.IsSample,
        };
        await new Ballots(store, _clock).AddCandidateAsync(db, ballot, candidate, actor, ct);
        proposal.CandidateId = candidate.Id;
        Audit.Add(db, _clock, actor, "proposal.shortlist", $"proposal {proposalId}", $"candidate {candidate.Id} on ballot {ballotId}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return candidate;
    }

    /// <summary>Declines a proposal that is not shortlisted; it stays on record.</summary>
    public async Task DeclineAsync(long proposalId, string actor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await TakeAsync(db, proposalId, Declined, ct);
        Audit.Add(db, _clock, actor, "proposal.decline", $"proposal {proposalId}", null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Moves a proposal out of <see cref="Proposed"/>, or says why it cannot.</summary>
    private static async Task TakeAsync(PledgewatchDb db, long proposalId, string status, CancellationToken ct)
    {
        if (await db.Proposals.Where(p => p.Id == proposalId && p.Status == Proposed).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, status), ct) == 1)
        {
            return;
        }

        var now = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => p.Status).FirstOrDefaultAsync(ct);
        throw new StoreException(now is null ? $"no proposal {proposalId}" : $"proposal {proposalId} is already {now}");
    }
}
