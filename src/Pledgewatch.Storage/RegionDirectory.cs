using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage;

/// <summary>
/// The region tree: finding a region by name or GB/T 2260 code, adding the regions documents name,
/// and importing more from a CSV (code,name,parent_code[,level]).
/// </summary>
public static class RegionDirectory
{
    /// <summary>Finds a region by its code (320400) or its name (常州市).</summary>
    /// <exception cref="StoreException">The name is shared by several regions; the message lists their codes.</exception>
    public static async Task<RegionEntity?> FindAsync(PledgewatchDb db, string nameOrCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(nameOrCode);
        var key = nameOrCode.Trim();
        var byCode = await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == key, cancellationToken);
        if (byCode is not null)
        {
            return byCode;
        }

        var byName = await db.Regions.AsNoTracking().Where(r => r.Name == key).ToListAsync(cancellationToken);
        if (byName.Count == 0)
        {
            byName = await ByShortNameAsync(db.Regions.AsNoTracking(), key, cancellationToken);
        }

        return byName.Count switch
        {
            0 => null,
            1 => byName[0],
            _ => throw new StoreException($"{key} names {byName.Count} regions ({string.Join(", ", byName.Select(r => r.Code ?? "no code"))}); give the code instead"),
        };
    }

    /// <summary>The number of current documents of each region (of the regions given, or of all), by region id; regions without one are absent.</summary>
    public static async Task<Dictionary<int, int>> DocumentCountsAsync(PledgewatchDb db, IReadOnlyCollection<int>? regionIds = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = db.Documents.AsNoTracking().Where(d => d.IsCurrent);
        if (regionIds is not null)
        {
            current = current.Where(d => regionIds.Contains(d.RegionId));
        }

        return await current.GroupBy(d => d.RegionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    /// <summary>
    /// The whole tree ordered by code, with each region's number of current documents (by id;
    /// regions without one absent): the same reads as <see cref="DocumentCountsAsync"/> and a query
    /// of every region, on a plain connection, so a listing from the command line costs no EF start-up.
    /// </summary>
    public static async Task<(List<RegionEntity> Regions, Dictionary<int, int> DocumentCounts)> TreeAsync(PledgewatchStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        var regions = new List<RegionEntity>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"Id\", \"Code\", \"Name\", \"ShortName\", \"ParentId\", \"Level\" FROM regions ORDER BY \"Code\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                regions.Add(new RegionEntity
                {
                    Id = reader.GetInt32(0),
                    Code = reader.IsDBNull(1) ? null : reader.GetString(1),
                    Name = reader.GetString(2),
                    ShortName = reader.IsDBNull(3) ? null : reader.GetString(3),
                    ParentId = reader.IsDBNull(4) ? null : reader.GetInt32(4),
                    Level = reader.IsDBNull(5) ? null : reader.GetString(5),
                });
            }
        }

        var counts = new Dictionary<int, int>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT \"RegionId\", COUNT(*) FROM documents WHERE \"IsCurrent\" GROUP BY \"RegionId\"";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts[reader.GetInt32(0)] = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
            }
        }

        return (regions, counts);
    }

    /// <summary>A name as stored and logged: no control characters (a line break cannot forge a log line or split a name), spaces collapsed.</summary>
    public static string CleanName(string name) =>
        string.Join(' ', new string([.. (name ?? "").Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The region a document speaks for; a region the tree does not know yet is added (under the parent
    /// its code or metadata names) rather than failing.
    /// </summary>
    public static async Task<RegionEntity> ResolveAsync(PledgewatchDb db, string name, string? code, string? parentName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        name = CleanName(name);
        code = code is null ? null : CleanName(code);
        parentName = parentName is null ? null : CleanName(parentName);
        if (name.Length is 0 or > 64)
        {
            throw new StoreException("a region's name has 1 to 64 characters");
        }

        if (!string.IsNullOrWhiteSpace(code))
        {
            var byCode = await db.Regions.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
            if (byCode is not null)
            {
                return byCode;
            }
        }

        var byName = await db.Regions.Where(r => r.Name == name).ToListAsync(cancellationToken);
        if (byName.Count == 0)
        {
            byName = await ByShortNameAsync(db.Regions, name, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            if (byName.Count == 1)
            {
                return byName[0];
            }

            if (byName.Count > 1)
            {
                var parents = await db.Regions.Where(r => r.Name == parentName).Select(r => (int?)r.Id).ToListAsync(cancellationToken);
                return byName.FirstOrDefault(r => parents.Contains(r.ParentId))
                    ?? throw new StoreException($"{name} names {byName.Count} regions; give the region code in index.json");
            }
        }

        var parent = await FindParentAsync(db, code, parentName, cancellationToken);
        var region = new RegionEntity { Code = string.IsNullOrWhiteSpace(code) ? null : code, Name = name, ParentId = parent?.Id, Level = LevelOf(code, name) };
        db.Regions.Add(region);
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    /// <summary>The names the whole country goes by in reports and metadata.</summary>
    private static readonly string[] CountryNames = ["全国", "中国", "中华人民共和国", "国务院"];

    /// <summary>Regions a short name stands for: 宁夏 → 宁夏回族自治区, 常州 → 常州市, 中国 → 全国.</summary>
    private static Task<List<RegionEntity>> ByShortNameAsync(IQueryable<RegionEntity> regions, string name, CancellationToken cancellationToken) =>
        CountryNames.Contains(name)
            ? regions.Where(r => r.Level == "country").ToListAsync(cancellationToken)
            : regions.Where(r => r.ShortName == name).ToListAsync(cancellationToken);

    /// <summary>Adds a region or updates its name, parent and level; the parent must already be there.</summary>
    internal static async Task<RegionEntity> AddOrUpdateAsync(PledgewatchDb db, string code, string name, string? parentCode, string? level, CancellationToken cancellationToken)
    {
        var parent = parentCode is null ? null : await db.Regions.FirstOrDefaultAsync(r => r.Code == parentCode, cancellationToken);
        if (parentCode is not null && parent is null)
        {
            throw new StoreException($"region {code} {name}: parent {parentCode} is not known (list parents before their children)");
        }

        var region = await db.Regions.FirstOrDefaultAsync(r => r.Code == code, cancellationToken);
        if (region is null)
        {
            region = new RegionEntity { Code = code, Name = name };
            db.Regions.Add(region);
        }

        region.Name = name;
        region.ParentId = parent?.Id;
        region.Level = level ?? LevelOf(code, name);
        await db.SaveChangesAsync(cancellationToken);
        return region;
    }

    /// <summary>Imports regions from CSV with a header: code,name,parent_code[,level]. One transaction.</summary>
    /// <returns>The number of regions read.</returns>
    /// <exception cref="StoreException">A line is malformed or names an unknown parent; nothing is stored.</exception>
    public static async Task<int> ImportCsvAsync(PledgewatchStore store, TextReader csv, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var rows = new List<(string Code, string Name, string? Parent, string? Level)>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null };
        using (var reader = new CsvReader(csv, config))
        {
            try
            {
                await reader.ReadAsync();
                reader.ReadHeader();
                while (await reader.ReadAsync())
                {
                    var code = reader.GetField("code");
                    var name = reader.GetField("name");
                    if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name) || !code.All(char.IsAsciiDigit))
                    {
                        throw new StoreException($"line {reader.Parser.RawRow}: a region needs a numeric code and a name");
                    }

                    var parent = reader.GetField("parent_code");
                    var level = reader.HeaderRecord!.Contains("level") ? reader.GetField("level") : null;
                    rows.Add((code, name, string.IsNullOrWhiteSpace(parent) ? null : parent, string.IsNullOrWhiteSpace(level) ? null : level));
                }
            }
            catch (CsvHelperException e)
            {
                throw new StoreException($"not a region CSV (code,name,parent_code[,level]): {e.Message.Split('\n')[0]}", e);
            }
        }

        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (code, name, parent, level) in rows)
        {
            await AddOrUpdateAsync(db, code, name, parent, level, cancellationToken);
        }

        await tx.CommitAsync(cancellationToken);
        return rows.Count;
    }

    private static async Task<RegionEntity?> FindParentAsync(PledgewatchDb db, string? code, string? parentName, CancellationToken cancellationToken)
    {
        // GB/T 2260: 320412 is under 320400, which is under 320000.
        if (!string.IsNullOrWhiteSpace(code) && code.Length == 6)
        {
            string[] candidates = code.EndsWith("00", StringComparison.Ordinal) ? [code[..2] + "0000"] : [code[..4] + "00", code[..2] + "0000"];
            foreach (var candidate in candidates.Where(c => c != code))
            {
                var parent = await db.Regions.FirstOrDefaultAsync(r => r.Code == candidate, cancellationToken);
                if (parent is not null)
                {
                    return parent;
                }
            }
        }

        if (string.IsNullOrWhiteSpace(parentName))
        {
            return null;
        }

        var named = await db.Regions.Where(r => r.Name == parentName).ToListAsync(cancellationToken);
        return named.Count == 1 ? named[0] : null;
    }

    private static string? LevelOf(string? code, string name) =>
        code is { Length: 6 } c && c.EndsWith("0000", StringComparison.Ordinal) ? "province"
        : code is { Length: 6 } d && d.EndsWith("00", StringComparison.Ordinal) ? "city"
        : name.EndsWith('区') ? "district"
        : name.EndsWith('县') || (code is { Length: 6 } && name.EndsWith('市')) ? "county"
        : name is "全国" or "中国" or "中华人民共和国" ? "country"
        : name.EndsWith('省') || name.EndsWith("自治区", StringComparison.Ordinal) ? "province"
        : name.EndsWith('市') ? "city"
        : null;
}
