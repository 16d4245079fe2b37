using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tracking;

/// <summary>
/// Answers the users' question from the database: scorecards, carry-over and conflicts, over the
/// current versions of documents with corrections applied.
/// </summary>
public sealed class Tracker(PledgewatchStore store, IntervalSettings? settings = null)
{
    private readonly IntervalSettings _settings = settings ?? IntervalSettings.Default;

    /// <summary>The scorecard of a region (name or code) and year; null when the region is unknown.</summary>
    public async Task<Scorecard?> ScorecardAsync(string region, int year, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var entity = await RegionDirectory.FindAsync(db, region, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        return await BuildScorecardAsync(db, catalog, entity, year, cancellationToken);
    }

    /// <summary>
    /// One indicator (the most widely shared when none is asked) across the regions directly under a
    /// parent (name or code) in one year; null when the parent is unknown. Every child region of the
    /// tree is a row, those without a report as well, so a reader sees what is missing.
    /// </summary>
    public async Task<Comparison?> CompareAsync(string parent, int year, string? indicator = null, Measure? measure = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var entity = await RegionDirectory.FindAsync(db, parent, cancellationToken);
        if (entity is null)
        {
            return null;
        }

        var children = await db.Regions.AsNoTracking().Where(r => r.ParentId == entity.Id)
            .OrderBy(r => r.Code).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        // Only regions with a target of the year get a scorecard; the rest are rows without one.
        var cards = await BuildScorecardsAsync(db, catalog, [.. children.Append(entity)], year, cancellationToken, onlyWithTargets: true);
        (string, string?, Scorecard?) CardOf(RegionEntity r) => (r.Name, r.Code, cards.GetValueOrDefault(r.Id));
        return Comparison.Of(CardOf(entity), [.. children.Select(CardOf)], year, indicator is null ? null : catalog.Canonical(indicator), measure);
    }

    /// <summary>Every region and year that has targets in a document, by region code and year.</summary>
    public async Task<IReadOnlyList<(RegionEntity Region, int Year)>> TargetYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var pairs = await db.Claims.AsNoTracking().Where(c => c.Kind == ClaimKind.Target)
            .Select(c => new { c.RegionId, c.Year }).Distinct().ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
        return [.. pairs.OrderBy(p => regions[p.RegionId].Code ?? "~").ThenBy(p => p.Year).Select(p => (regions[p.RegionId], p.Year))];
    }

    /// <summary>
    /// A value that changes whenever a scorecard may: a document imported or superseded, a claim
    /// corrected, an alias added — by this process or another. Equal values mean equal scorecards.
    /// </summary>
    public async Task<(long Documents, int Current, long Corrections, int Aliases)> VersionAsync(CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var documents = await db.Documents.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0;
        var current = await db.Documents.CountAsync(d => d.IsCurrent, cancellationToken);
        var corrections = await db.ClaimCorrections.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var aliases = await db.IndicatorAliases.CountAsync(cancellationToken);
        return (documents, current, corrections, aliases);
    }

    /// <summary>Targets that come back in the next year's plan, raised, lowered, or dropped unmet; per region.</summary>
    public async Task<IReadOnlyList<(RegionEntity Region, int Year, CarryOver Item)>> CarryOverAsync(string? region = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var regions = await RegionsAsync(db, region, cancellationToken);
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        var finder = new CarryOverFinder(_settings);
        var result = new List<(RegionEntity, int, CarryOver)>();
        foreach (var r in regions)
        {
            var years = await db.Claims.AsNoTracking()
                .Where(c => c.RegionId == r.Id && c.Kind == ClaimKind.Target && c.Document!.IsCurrent)
                .Select(c => c.Year).Distinct().OrderBy(y => y).ToListAsync(cancellationToken);
            foreach (var year in years.Where(y => years.Contains(y + 1)))
            {
                var scorecard = await BuildScorecardAsync(db, catalog, r, year, cancellationToken);
                var next = (await LoadClaimsAsync(db, catalog, r, [year + 1], cancellationToken)).Where(c => c.Claim.Kind == ClaimKind.Target && c.Claim.Year == year + 1).ToList();
                var planOut = next.Any(c => !c.Document.IsRestatement);
                result.AddRange(finder.Find(scorecard, next, planOut).Select(item => (r, year, item)));
            }
        }

        return result;
    }

    /// <summary>Facts stated differently in two documents, for a region and/or year (or everywhere).</summary>
    public async Task<IReadOnlyList<(RegionEntity Region, Conflict Item)>> ConflictsAsync(string? region = null, int? year = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var regions = await RegionsAsync(db, region, cancellationToken);
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        var finder = new ConflictFinder(_settings);
        var result = new List<(RegionEntity, Conflict)>();
        foreach (var r in regions)
        {
            var years = await YearsAsync(db, r, year, cancellationToken);
            var claims = await LoadClaimsAsync(db, catalog, r, years, cancellationToken);
            result.AddRange(finder.Find(claims, _ => r.Name).Select(c => (r, c)));
        }

        return result;
    }

    /// <summary>The claims of current documents, with corrections applied, filtered.</summary>
    public async Task<IReadOnlyList<(RegionEntity Region, TrackedClaim Claim)>> ClaimsAsync(string? region = null, int? year = null, CancellationToken cancellationToken = default)
    {
        await using var db = store.CreateContext();
        var regions = await RegionsAsync(db, region, cancellationToken);
        var catalog = await CatalogView.LoadAsync(db, cancellationToken);
        var result = new List<(RegionEntity, TrackedClaim)>();
        foreach (var r in regions)
        {
            var years = await YearsAsync(db, r, year, cancellationToken);
            result.AddRange((await LoadClaimsAsync(db, catalog, r, years, cancellationToken)).Select(c => (r, c)));
        }

        return result;
    }

    private async Task<Scorecard> BuildScorecardAsync(PledgewatchDb db, CatalogView catalog, RegionEntity region, int year, CancellationToken cancellationToken) =>
        (await BuildScorecardsAsync(db, catalog, [region], year, cancellationToken))[region.Id];

    /// <summary>
    /// The scorecards of several regions for one year, from one reading of their claims; with
    /// <paramref name="onlyWithTargets"/>, only of those with a target of the year in a document.
    /// </summary>
    private async Task<Dictionary<int, Scorecard>> BuildScorecardsAsync(PledgewatchDb db, CatalogView catalog, IReadOnlyList<RegionEntity> regions, int year, CancellationToken cancellationToken, bool onlyWithTargets = false)
    {
        var loaded = await LoadAsync(db, catalog, regions, [year - 1, year], cancellationToken);
        var cards = new Dictionary<int, Scorecard>(regions.Count);
        foreach (var region in regions)
        {
            var claims = loaded.Claims[region.Id];
            if (onlyWithTargets && !claims.Any(c => c.Claim.Kind == ClaimKind.Target && c.Claim.Year == year))
            {
                continue;
            }

            // The next year's documents are few: their types are judged by the one restatement rule (DocumentType.IsRestatement).
            var outcomeReportOut = loaded.CurrentDocuments[region.Id].Any(d => d.ReportYear == year + 1 && !d.IsRestatement)
                || claims.Any(c => c.Claim.Kind == ClaimKind.Outcome && c.Claim.Year == year && !c.Document.IsRestatement);
            cards[region.Id] = new ScorecardBuilder(_settings, catalog.PolarityOf).Build(region.Name, year, claims, outcomeReportOut);
        }

        return cards;
    }

    /// <summary>The one year asked for, or every year the region has claims for.</summary>
    private static async Task<int[]> YearsAsync(PledgewatchDb db, RegionEntity region, int? year, CancellationToken cancellationToken) => year is { } y
        ? [y]
        : [.. await db.Claims.AsNoTracking().Where(c => c.RegionId == region.Id).Select(c => c.Year).Distinct().OrderBy(x => x).ToListAsync(cancellationToken)];

    private static async Task<List<RegionEntity>> RegionsAsync(PledgewatchDb db, string? region, CancellationToken cancellationToken)
    {
        if (region is null)
        {
            return await db.Regions.AsNoTracking().OrderBy(r => r.Code).ThenBy(r => r.Name).ToListAsync(cancellationToken);
        }

        var found = await RegionDirectory.FindAsync(db, region, cancellationToken) ?? throw new StoreException($"no region {region} is known") { IsNotFound = true };
        return [found];
    }

    /// <summary>
    /// A region's claims for some years from current document versions, with each claim's latest
    /// correction applied (a correction may move a claim into or out of the years asked for).
    /// </summary>
    internal static async Task<List<TrackedClaim>> LoadClaimsAsync(PledgewatchDb db, CatalogView catalog, RegionEntity region, int[] years, CancellationToken cancellationToken) =>
        (await LoadAsync(db, catalog, [region], years, cancellationToken)).Claims[region.Id];

    /// <summary>
    /// The claims of several regions for some years, in the same few queries whatever their number
    /// (a comparison of 31 provinces reads as much as one scorecard), with the current documents of
    /// each region: by region id, every region present.
    /// </summary>
    private static async Task<RegionClaims> LoadAsync(PledgewatchDb db, CatalogView catalog, IReadOnlyList<RegionEntity> regions, int[] years, CancellationToken cancellationToken)
    {
        var byId = regions.ToDictionary(r => r.Id);
        var ids = byId.Keys.ToList();
        // Corrections are few: read the regions', then the claims of the years (by index) and any
        // corrected claim that a correction may have moved into them.
        var corrections = await db.ClaimCorrections.AsNoTracking()
            .Where(k => ids.Contains(k.Claim!.RegionId))
            .ToListAsync(cancellationToken);
        var latest = ClaimRows.Latest(corrections);
        // Current versions are filtered here rather than joined: a join lets the planner walk every
        // document's claims instead of the (region, year) index.
        var current = await db.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.RegionId) && d.IsCurrent)
            .Select(d => new { d.Id, d.RegionId, d.FileName, d.Title, d.Type, d.ReportYear })
            .ToListAsync(cancellationToken);
        var documents = current.ToDictionary(d => d.Id, d => new DocumentRef(d.Id, d.FileName, d.Title, d.Type, d.ReportYear, byId[d.RegionId].Code));
        var rows = await db.Claims.AsNoTracking()
            .Where(c => ids.Contains(c.RegionId) && years.Contains(c.Year))
            .ToListAsync(cancellationToken);
        var moved = latest.Keys.Except(rows.Select(r => r.Id)).ToList();
        if (moved.Count > 0)
        {
            rows.AddRange(await db.Claims.AsNoTracking().Where(c => moved.Contains(c.Id)).ToListAsync(cancellationToken));
        }

        rows.RemoveAll(r => !documents.ContainsKey(r.DocumentId));
        rows.Sort((a, b) => a.DocumentId != b.DocumentId ? a.DocumentId.CompareTo(b.DocumentId) : a.Ordinal.CompareTo(b.Ordinal));
        var claims = ids.ToDictionary(id => id, _ => new List<TrackedClaim>());
        foreach (var row in rows)
        {
            var correction = latest.GetValueOrDefault(row.Id);
            var claim = ClaimRows.ToClaim(row, byId[row.RegionId].Name, correction);
            if (years.Contains(claim.Year))
            {
                claims[row.RegionId].Add(new TrackedClaim(row.Id, claim, catalog.Canonical(claim.Indicator), row.Written, documents[row.DocumentId], correction?.Version ?? 1));
            }
        }

        return new RegionClaims(claims, current.ToLookup(d => d.RegionId, d => documents[d.Id]));
    }

    private sealed record RegionClaims(Dictionary<int, List<TrackedClaim>> Claims, ILookup<int, DocumentRef> CurrentDocuments);
}
