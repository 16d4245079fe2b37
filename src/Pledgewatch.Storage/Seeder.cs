using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>
/// What a new database starts with: the Changzhou region tree (GB/T 2260) and the indicator catalog
/// from the catalog file. Adds only what is missing, so a newer catalog file adds its new entries.
/// </summary>
internal static class Seeder
{
    /// <summary>(code, name, parent code, level).</summary>
    internal static readonly (string Code, string Name, string? Parent, string Level)[] Regions =
    [
        ("320000", "江苏省", null, "province"),
        ("320400", "常州市", "320000", "city"),
        ("320402", "天宁区", "320400", "district"),
        ("320404", "钟楼区", "320400", "district"),
        ("320411", "新北区", "320400", "district"),
        ("320412", "武进区", "320400", "district"),
        ("320413", "金坛区", "320400", "district"),
        ("320481", "溧阳市", "320400", "county"),
    ];

    public static async Task SeedAsync(PledgewatchStore store, CancellationToken cancellationToken)
    {
        // Two processes starting at once may both seed; the loser's unique-key violation is harmless.
        await Retry.OnConflictAsync(() => SeedRegionsAsync(store, cancellationToken));
        await Retry.OnConflictAsync(() => SeedCatalogAsync(store, IndicatorCatalog.Default, cancellationToken));
    }

    private static async Task SeedRegionsAsync(PledgewatchStore store, CancellationToken cancellationToken)
    {
        await using var db = store.CreateContext();
        var known = await db.Regions.Where(r => r.Code != null).Select(r => r.Code!).ToListAsync(cancellationToken);
        if (Regions.All(r => known.Contains(r.Code)))
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (code, name, parent, level) in Regions)
        {
            await RegionDirectory.AddOrUpdateAsync(db, code, name, parent, level, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    private static async Task SeedCatalogAsync(PledgewatchStore store, IndicatorCatalog catalog, CancellationToken cancellationToken)
    {
        await using var db = store.CreateContext();
        var names = (await db.Indicators.Select(i => i.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var aliases = (await db.IndicatorAliases.Select(a => a.Alias).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var missing = catalog.Indicators.Where(i => !names.Contains(i.Name)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        foreach (var indicator in missing)
        {
            db.Indicators.Add(new IndicatorEntity
            {
                Name = indicator.Name,
                Unit = indicator.Unit,
                Polarity = indicator.Polarity == Polarity.LowerIsBetter ? "lower" : "higher",
                Measure = indicator.UsualMeasure,
                Aliases = [.. indicator.Aliases
                    .Where(a => a != indicator.Name && aliases.Add(a) && !names.Contains(a))
                    .Select(a => new IndicatorAliasEntity { Alias = a, AddedBy = "catalog", AddedAt = now })],
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
