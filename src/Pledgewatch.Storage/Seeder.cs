using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>
/// What a new database starts with: the national region tree (GB/T 2260, Regions/china-regions.csv)
/// and the indicator catalog from the catalog file. Adds only what is missing, so a newer data file
/// adds its new entries and a second start adds nothing.
/// </summary>
internal static class Seeder
{
    /// <summary>A region of the national tree: its code, name, short name (or null), parent code (null for 全国) and level.</summary>
    internal sealed record Region(string Code, string Name, string? ShortName, string? Parent, string Level);

    private static readonly Lazy<IReadOnlyList<Region>> Tree = new(ReadTree);

    /// <summary>The national region tree, parents before their children.</summary>
    internal static IReadOnlyList<Region> Regions => Tree.Value;

    /// <summary>The key of the stamp a seeded database holds in <c>store_stamps</c>.</summary>
    internal const string StampKey = "seed";

    private static readonly Lazy<string> StampValue = new(ComputeStamp);

    /// <summary>
    /// What seeding brings a database up to: a hash of the region tree file and of the catalog file.
    /// A database holding this stamp needs no seeding.
    /// </summary>
    internal static string Stamp => StampValue.Value;

    public static async Task SeedAsync(PledgewatchStore store, CancellationToken cancellationToken)
    {
        // Two processes starting at once may both seed; the loser's unique-key violation is harmless.
        await Retry.OnConflictAsync(() => SeedRegionsAsync(store, cancellationToken));
        await Retry.OnConflictAsync(() => SeedCatalogAsync(store, IndicatorCatalog.Default, cancellationToken));
        await Retry.OnConflictAsync(async () =>
        {
            await using var db = store.CreateContext();
            var stamp = await db.StoreStamps.FirstOrDefaultAsync(s => s.Key == StampKey, cancellationToken);
            if (stamp is null)
            {
                db.StoreStamps.Add(new StoreStampEntity { Key = StampKey, Value = Stamp });
            }
            else
            {
                stamp.Value = Stamp;
            }

            await db.SaveChangesAsync(cancellationToken);
        });
    }

    private static string ComputeStamp()
    {
        // The files themselves, not the tree and catalog read from them: reading the catalog costs
        // a command 30 ms that a listing never needs.
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using (var tree = TreeStream())
        {
            Append(hash, tree);
        }

        using (var catalog = IndicatorCatalog.OpenDefaultSource())
        {
            Append(hash, catalog);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void Append(IncrementalHash hash, Stream stream)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
    }

    private static Stream TreeStream() => typeof(Seeder).Assembly.GetManifestResourceStream("china-regions.csv")
        ?? throw new InvalidOperationException("the region tree china-regions.csv is not in the assembly");

    private static IReadOnlyList<Region> ReadTree()
    {
        using var stream = TreeStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var regions = new List<Region>(3400);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var parent = csv.GetField("parent_code");
            var shortName = csv.GetField("short_name");
            regions.Add(new Region(csv.GetField("code")!, csv.GetField("name")!, string.IsNullOrEmpty(shortName) ? null : shortName, string.IsNullOrEmpty(parent) ? null : parent, csv.GetField("level")!));
        }

        return regions;
    }

    /// <summary>
    /// Adds the regions of the tree that are missing, parents first, a few hundred rows per statement
    /// (a new database gets its 3,340 regions in well under a second). A region added earlier without
    /// a code under a name the tree holds once (北京市 from a report read before the tree was there)
    /// takes its code, level and parent instead, so its reports meet the region's later ones; a region
    /// of an older tree gains what it lacked (its short name, 全国 above a province).
    /// </summary>
    private static async Task SeedRegionsAsync(PledgewatchStore store, CancellationToken cancellationToken)
    {
        await using var db = store.CreateContext();
        var stored = await db.Regions.AsNoTracking()
            .Select(r => new { r.Code, r.Name, HasShortName = r.ShortName != null, HasParent = r.ParentId != null })
            .ToListAsync(cancellationToken);
        var known = stored.Where(r => r.Code is not null).ToDictionary(r => r.Code!, StringComparer.Ordinal);
        var missing = Regions.Where(r => !known.ContainsKey(r.Code)).ToList();
        var stale = Regions.Where(r => known.TryGetValue(r.Code, out var k) && ((!k.HasShortName && r.ShortName is not null) || (!k.HasParent && r.Parent is not null))).ToList();
        if (missing.Count == 0 && stale.Count == 0)
        {
            return;
        }

        // Names held once by the tree and once by a region without a code: those regions are adopted.
        var once = Regions.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var adoptable = stored.Where(r => r.Code is null).GroupBy(r => r.Name, StringComparer.Ordinal)
            .Where(g => g.Count() == 1 && once.Contains(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        var uncoded = adoptable.Count == 0 ? [] : await db.Regions.Where(r => r.Code == null && adoptable.Contains(r.Name)).ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
        foreach (var level in missing.GroupBy(r => Depth(r.Level)).OrderBy(g => g.Key))
        {
            var adopted = level.Where(r => uncoded.ContainsKey(r.Name)).ToList();
            foreach (var r in adopted)
            {
                var region = uncoded[r.Name];
                region.Code = r.Code;
                region.ShortName = r.ShortName;
                region.Level = r.Level;
                region.ParentId = r.Parent is null ? null : await db.Regions.Where(p => p.Code == r.Parent).Select(p => (int?)p.Id).SingleAsync(cancellationToken);
            }

            if (adopted.Count > 0)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            await InsertAsync(db, [.. level.Except(adopted)], cancellationToken);
        }

        foreach (var r in stale)
        {
            var parentId = r.Parent is null ? null : await db.Regions.Where(p => p.Code == r.Parent).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
            await db.Regions.Where(x => x.Code == r.Code).ExecuteUpdateAsync(
                u => u.SetProperty(x => x.ShortName, x => x.ShortName ?? r.ShortName).SetProperty(x => x.ParentId, x => x.ParentId ?? parentId),
                cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Inserts regions whose parents are stored already through one prepared statement in the open
    /// transaction; the parent is found by its code.
    /// </summary>
    private static async Task InsertAsync(PledgewatchDb db, IReadOnlyList<Region> regions, CancellationToken cancellationToken)
    {
        if (regions.Count == 0)
        {
            return;
        }

        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction!.GetDbTransaction();
        command.CommandText = "INSERT INTO regions (\"Code\", \"Name\", \"ShortName\", \"ParentId\", \"Level\") "
            + "VALUES (@code, @name, @short, (SELECT p.\"Id\" FROM regions p WHERE p.\"Code\" = @parent), @level)";
        var parameters = new[] { "code", "name", "short", "parent", "level" }.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.DbType = System.Data.DbType.String;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        await command.PrepareAsync(cancellationToken);
        foreach (var r in regions)
        {
            parameters[0].Value = r.Code;
            parameters[1].Value = r.Name;
            parameters[2].Value = (object?)r.ShortName ?? DBNull.Value;
            parameters[3].Value = (object?)r.Parent ?? DBNull.Value;
            parameters[4].Value = r.Level;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static int Depth(string level) => level switch
    {
        "country" => 0,
        "province" => 1,
        "city" => 2,
        _ => 3,
    };

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
