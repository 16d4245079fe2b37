using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Queries;

/// <summary>Regions as the pages read them: one by name or code, and the regions under one.</summary>
public sealed class RegionQueries(PledgewatchStore store)
{
    /// <summary>The region with this code or name; null when there is none.</summary>
    /// <exception cref="StoreException">The name is ambiguous.</exception>
    public async Task<RegionEntity?> FindAsync(string nameOrCode, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await RegionDirectory.FindAsync(db, nameOrCode, cancellationToken);
    }

    /// <summary>
    /// The regions a form offers, by code, as (key, name): the key is the code, or the name where there
    /// is none. Those with the given ids; else the regions in use (with documents, projects, ballots or
    /// proposals), their parents and their children, the provinces and 全国 — not all 3,000 counties.
    /// </summary>
    public async Task<IReadOnlyList<(string Key, string Name)>> ChoicesAsync(IReadOnlyCollection<int>? ids = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var offered = ids ?? await InUseAsync(db, cancellationToken);
        var rows = await db.Regions.AsNoTracking()
            .Where(r => offered.Contains(r.Id) || (ids == null && (r.Level == "province" || r.Level == "country" || (r.ParentId != null && offered.Contains(r.ParentId.Value)))))
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Code ?? r.Name, r.Name))];
    }

    /// <summary>The ids of the regions something is stored for, and of all their ancestors.</summary>
    private static async Task<HashSet<int>> InUseAsync(PledgewatchDb db, CancellationToken cancellationToken)
    {
        var used = new HashSet<int>();
        used.UnionWith(await db.Documents.AsNoTracking().Select(d => d.RegionId).Distinct().ToListAsync(cancellationToken));
        used.UnionWith(await db.Projects.AsNoTracking().Select(p => p.RegionId).Distinct().ToListAsync(cancellationToken));
        used.UnionWith(await db.Ballots.AsNoTracking().Select(b => b.RegionId).Distinct().ToListAsync(cancellationToken));
        used.UnionWith(await db.Proposals.AsNoTracking().Select(p => p.RegionId).Distinct().ToListAsync(cancellationToken));
        var frontier = used.ToList();
        while (frontier.Count > 0)
        {
            var parents = await db.Regions.AsNoTracking().Where(r => frontier.Contains(r.Id) && r.ParentId != null).Select(r => r.ParentId!.Value).ToListAsync(cancellationToken);
            frontier = [.. parents.Where(used.Add)];
        }

        return used;
    }

    /// <summary>A region as its page shows it: where it sits in the tree and which of those under it have documents.</summary>
    public sealed record Place(RegionEntity Region, RegionEntity? Parent, IReadOnlyList<(RegionEntity Region, int Documents)> Children, int Documents);

    /// <summary>The region (name or code) with its parent and children; null when there is none.</summary>
    /// <exception cref="StoreException">The name is ambiguous.</exception>
    public async Task<Place?> PlaceAsync(string nameOrCode, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var region = await RegionDirectory.FindAsync(db, nameOrCode, cancellationToken);
        if (region is null)
        {
            return null;
        }

        var parent = region.ParentId is { } p ? await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == p, cancellationToken) : null;
        var children = await db.Regions.AsNoTracking().Where(r => r.ParentId == region.Id).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var ids = children.Select(c => c.Id).Append(region.Id).ToList();
        var counts = await RegionDirectory.DocumentCountsAsync(db, ids, cancellationToken);
        return new Place(region, parent, [.. children.Select(c => (c, counts.GetValueOrDefault(c.Id)))], counts.GetValueOrDefault(region.Id));
    }

    /// <summary>A region's name by its id; null when there is none.</summary>
    public async Task<string?> NameAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The regions whose parent is <paramref name="id"/>, by code.</summary>
    public async Task<IReadOnlyList<RegionEntity>> ChildrenAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Regions.AsNoTracking().Where(r => r.ParentId == id).OrderBy(r => r.Code).ToListAsync(cancellationToken);
    }
}
