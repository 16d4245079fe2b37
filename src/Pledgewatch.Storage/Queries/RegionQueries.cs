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

    /// <summary>Every region by code, or those with the given ids, as (key, name): the key is the code, or the name where there is none.</summary>
    public async Task<IReadOnlyList<(string Key, string Name)>> ChoicesAsync(IReadOnlyCollection<int>? ids = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var query = db.Regions.AsNoTracking();
        if (ids is not null)
        {
            query = query.Where(r => ids.Contains(r.Id));
        }

        var rows = await query.OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Code ?? r.Name, r.Name))];
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
