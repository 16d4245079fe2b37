using Pledgewatch.Tracking;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Queries;

/// <summary>The documents as the pages and the API read them: a list, one document with its claims' places, a search.</summary>
public sealed class DocumentQueries(PledgewatchStore store)
{
    public sealed record Row(long Id, string FileName, string? Title, string Region, int ReportYear, DocumentType? Type, int ClaimCount, int Version);

    /// <summary>Where a claim stands in its document, for highlighting.</summary>
    public sealed record ClaimPlace(long Id, int Start, int End, ClaimKind Kind, int Year, string Indicator, Bound Op, string Written, string Text);

    public sealed record Detail(DocumentEntity Document, string Region, IReadOnlyList<ClaimPlace> Claims);

    public sealed record RegionSummary(int Id, string? Code, string Name, string? ParentCode, string? ParentName, string? Level, int Documents);

    public sealed record Summary(long Id, string FileName, string? Title, DocumentType? Type, string Region, string? RegionCode, int ReportYear, int Version, int ClaimCount, long SizeBytes, DateTimeOffset ImportedAt);

    public sealed record Hit(long Id, string FileName, string? Title, string Region, int ReportYear, int Hits, string Snippet, int At);

    /// <summary>Every region in code order with the number of its current documents.</summary>
    public async Task<IReadOnlyList<RegionSummary>> RegionsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var counts = await RegionDirectory.DocumentCountsAsync(db, cancellationToken: cancellationToken);
        var regions = await db.Regions.AsNoTracking().Include(r => r.Parent).OrderBy(r => r.Code).ToListAsync(cancellationToken);
        return [.. regions.Select(r => new RegionSummary(r.Id, r.Code, r.Name, r.Parent?.Code, r.Parent?.Name, r.Level, counts.GetValueOrDefault(r.Id)))];
    }

    /// <summary>A page of current documents by id, filtered on region (name or code) and report year; null when the region is unknown.</summary>
    /// <exception cref="StoreException">The region name is ambiguous.</exception>
    public async Task<(IReadOnlyList<Summary> Items, int Total)?> ListAsync(string? region, int? year, int page, int size, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        await using var db = store.CreateContext();
        var query = db.Documents.AsNoTracking().Where(d => d.IsCurrent);
        if (region is not null)
        {
            var found = await RegionDirectory.FindAsync(db, region, cancellationToken);
            if (found is null)
            {
                return null;
            }

            query = query.Where(d => d.RegionId == found.Id);
        }

        if (year is { } y)
        {
            query = query.Where(d => d.ReportYear == y);
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(d => d.Id).Skip((page - 1) * size).Take(size)
            .Select(d => new Summary(d.Id, d.FileName, d.Title, d.Type, d.Region!.Name, d.Region.Code, d.ReportYear, d.Version, d.ClaimCount, d.SizeBytes, d.ImportedAt))
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>A document's summary and its text; null when there is none.</summary>
    public async Task<(Summary Summary, string Text)?> WithTextAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var d = await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { Summary = new Summary(d.Id, d.FileName, d.Title, d.Type, d.Region!.Name, d.Region.Code, d.ReportYear, d.Version, d.ClaimCount, d.SizeBytes, d.ImportedAt), d.Text })
            .FirstOrDefaultAsync(cancellationToken);
        return d is null ? null : (d.Summary, d.Text);
    }

    /// <summary>A page of current documents, newest report year first; <c>HasMore</c> when another page follows.</summary>
    public async Task<(IReadOnlyList<Row> Rows, bool HasMore)> PageAsync(int page, int size, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        await using var db = store.CreateContext();
        var rows = await db.Documents.AsNoTracking().Where(d => d.IsCurrent)
            .OrderByDescending(d => d.ReportYear).ThenBy(d => d.Region!.Code).ThenBy(d => d.Id)
            .Skip((page - 1) * size).Take(size + 1)
            .Select(d => new Row(d.Id, d.FileName, d.Title, d.Region!.Name, d.ReportYear, d.Type, d.ClaimCount, d.Version))
            .ToListAsync(cancellationToken);
        return (rows.Take(size).ToList(), rows.Count > size);
    }

    /// <summary>A document with its region and the places of its claims in order; null when there is none.</summary>
    public async Task<Detail?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var document = await db.Documents.AsNoTracking().Include(d => d.Region).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var claims = await db.Claims.AsNoTracking().Where(c => c.DocumentId == id).OrderBy(c => c.Ordinal)
            .Select(c => new ClaimPlace(c.Id, c.Start, c.End, c.Kind, c.Year, c.Indicator, c.Op, c.Written, c.Text))
            .ToListAsync(cancellationToken);
        return new Detail(document, document.Region!.Name, claims);
    }

    /// <summary>Current documents whose title or text contains the words, with a snippet around the first hit.</summary>
    public async Task<IReadOnlyList<Hit>> SearchAsync(string words, int most, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(words);
        await using var db = store.CreateContext();
        var found = await db.Documents.AsNoTracking()
            .Where(d => d.IsCurrent && (d.Text.Contains(words) || (d.Title != null && d.Title.Contains(words))))
            .OrderByDescending(d => d.ReportYear).Take(most)
            .Select(d => new { d.Id, d.FileName, d.Title, Region = d.Region!.Name, d.ReportYear, d.Text })
            .ToListAsync(cancellationToken);
        return [.. found.Select(d =>
        {
            var at = d.Text.IndexOf(words, StringComparison.Ordinal);
            var hits = 0;
            for (var i = at; i >= 0; i = d.Text.IndexOf(words, i + words.Length, StringComparison.Ordinal))
            {
                hits++;
            }

            var from = Math.Max(0, at - 40);
            var to = Math.Min(d.Text.Length, Math.Max(at, 0) + words.Length + 60);
            return new Hit(d.Id, d.FileName, d.Title, d.Region, d.ReportYear, hits, at < 0 ? "" : d.Text[from..to].ReplaceLineEndings(" "), at);
        })];
    }
}
