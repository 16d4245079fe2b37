using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Storage.Tracking;

/// <summary>
/// Regions outside the national tree — added under a name the tree does not know (a report's title
/// read as 预计地区, a district since renamed) — and their merge into a region of the tree: what
/// was filed under the one is filed under the other, in one transaction with its audit line.
/// </summary>
public sealed class RegionMerger(PledgewatchStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>A region without a code, and how much is filed under it.</summary>
    public sealed record Unresolved(int Id, string Name, string? Parent, int Documents, int Claims);

    /// <summary>Every region without a code, by name.</summary>
    public async Task<IReadOnlyList<Unresolved>> UnresolvedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var regions = await db.Regions.AsNoTracking().Where(r => r.Code == null).Include(r => r.Parent).OrderBy(r => r.Name).ToListAsync(cancellationToken);
        var ids = regions.Select(r => r.Id).ToList();
        var documents = await RegionDirectory.DocumentCountsAsync(db, ids, cancellationToken);
        var claims = await db.Claims.AsNoTracking().Where(c => ids.Contains(c.RegionId)).GroupBy(c => c.RegionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return [.. regions.Select(r => new Unresolved(r.Id, r.Name, r.Parent?.Name, documents.GetValueOrDefault(r.Id), claims.GetValueOrDefault(r.Id)))];
    }

    /// <summary>
    /// Files everything of the region without a code named <paramref name="from"/> under the region
    /// <paramref name="into"/> (name or code) and removes the first; its documents keep their
    /// versions. Refused when a document of the one would collide with a document of the other.
    /// </summary>
    /// <returns>Done with the number of documents moved, or why not.</returns>
    public async Task<EditResult> MergeAsync(string from, string into, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(into);
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var source = await db.Regions.FirstOrDefaultAsync(r => r.Name == from.Trim() && r.Code == null, cancellationToken);
        if (source is null)
        {
            return EditResult.NotFound($"no region {from} outside the tree: only a region without a code is merged");
        }

        RegionEntity? target;
        try
        {
            target = await RegionDirectory.FindAsync(db, into, cancellationToken);
        }
        catch (StoreException e)
        {
            return EditResult.Invalid(e.Message);
        }

        if (target is null || target.Id == source.Id)
        {
            return EditResult.NotFound($"no region {into} to merge {from} into");
        }

        var documents = await db.Documents.Where(d => d.RegionId == source.Id).ToListAsync(cancellationToken);
        var keys = documents.Select(d => DocumentKey.WithRegion(d.Key, target.Id)).ToList();
        var taken = await db.Documents.AsNoTracking().Where(d => keys.Contains(d.Key)).Select(d => d.FileName).FirstOrDefaultAsync(cancellationToken);
        if (taken is not null)
        {
            return EditResult.Invalid($"{target.Name} already has a document of the same year, type and title ({taken}): merge refused, nothing changed");
        }

        foreach (var (document, key) in documents.Zip(keys))
        {
            document.Key = key;
            document.RegionId = target.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Claims.Where(c => c.RegionId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.RegionId, target.Id), cancellationToken);
        await db.Projects.Where(p => p.RegionId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.RegionId, target.Id), cancellationToken);
        await db.Ballots.Where(b => b.RegionId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(b => b.RegionId, target.Id), cancellationToken);
        await db.Proposals.Where(p => p.RegionId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.RegionId, target.Id), cancellationToken);
        await db.Regions.Where(r => r.ParentId == source.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ParentId, target.Id), cancellationToken);
        db.Regions.Remove(source);
        Audit.Add(db, _clock, actor, "region.merge", $"region {source.Name}", $"into {target.Code ?? "no code"} {target.Name}: {documents.Count} documents");
        await db.SaveChangesAsync(cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return EditResult.Done(documents.Count);
    }
}
