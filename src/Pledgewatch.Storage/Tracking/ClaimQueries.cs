using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tracking;

/// <summary>Claims by filters and pages, for the API and search; corrections applied.</summary>
public sealed class ClaimQueries(PledgewatchStore store)
{
    /// <summary>A claim as it was extracted, before any correction; null when there is none.</summary>
    public async Task<Entities.ClaimEntity?> ExtractedAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        return await db.Claims.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    /// <summary>Claims of current documents, filtered on region (name or code), year, kind and indicator (canonical or as written).</summary>
    /// <exception cref="StoreException">The region name is ambiguous.</exception>
    public async Task<ClaimPage?> PageAsync(string? region, int? year, ClaimKind? kind, string? indicator, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var query = db.Claims.AsNoTracking().Where(c => c.Document!.IsCurrent);
        if (region is not null)
        {
            var found = await RegionDirectory.FindAsync(db, region, cancellationToken);
            if (found is null)
            {
                return null;
            }

            query = query.Where(c => c.RegionId == found.Id);
        }

        if (year is { } y)
        {
            query = query.Where(c => c.Year == y);
        }

        if (kind is not null)
        {
            query = query.Where(c => c.Kind == kind);
        }

        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        if (indicator is not null)
        {
            var canonical = catalog.Canonical(indicator);
            var names = await db.IndicatorAliases.AsNoTracking().Where(a => a.Indicator!.Name == canonical).Select(a => a.Alias).ToListAsync(cancellationToken);
            names.Add(canonical);
            names.Add(indicator);
            query = query.Where(c => names.Contains(c.Indicator));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ClaimPage(await MapAsync(db, catalog, rows, cancellationToken), total, page, pageSize);
    }

    /// <summary>Claims whose indicator or clause contains the words (two-character words too: 充电, 养老).</summary>
    public async Task<ClaimPage> SearchAsync(string words, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        await using var db = store.CreateContext();
        var query = db.Claims.AsNoTracking().Where(c => c.Document!.IsCurrent && (c.Indicator.Contains(words) || c.Text.Contains(words)));
        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        return new ClaimPage(await MapAsync(db, catalog, rows, cancellationToken), total, page, pageSize);
    }

    /// <summary>One claim as it stands, with its region; null when there is none.</summary>
    public async Task<(string Region, TrackedClaim Claim)?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var rows = await db.Claims.AsNoTracking().Where(c => c.Id == id).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        return (await MapAsync(db, catalog, rows, cancellationToken))[0];
    }

    private static async Task<List<(string, TrackedClaim)>> MapAsync(PledgewatchDb db, CatalogView catalog, List<Entities.ClaimEntity> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var documentIds = rows.Select(r => r.DocumentId).Distinct().ToList();
        var corrections = await db.ClaimCorrections.AsNoTracking().Where(k => ids.Contains(k.ClaimId)).ToListAsync(cancellationToken);
        var latest = ClaimRows.Latest(corrections);
        var documents = await db.Documents.AsNoTracking().Where(d => documentIds.Contains(d.Id))
            .Select(d => new { d.Id, d.FileName, d.Title, d.Type, d.ReportYear, d.Region!.Code, d.Region.Name })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        return [.. rows.Select(row =>
        {
            var d = documents[row.DocumentId];
            var correction = latest.GetValueOrDefault(row.Id);
            var claim = ClaimRows.ToClaim(row, d.Name, correction);
            return (d.Name, new TrackedClaim(row.Id, claim, catalog.Canonical(claim.Indicator), row.Written,
                new DocumentRef(d.Id, d.FileName, d.Title, d.Type, d.ReportYear, d.Code), correction?.Version ?? 1));
        })];
    }
}
