using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// What the home page shows: every region and year with targets, with verdict counts. Rebuilt when
/// documents, corrections or aliases change (by this process or another).
/// </summary>
public sealed class Overview(PledgewatchStore store, Tracker tracker)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (long, int, long, int) _signature = (-1, -1, -1, -1);
    private IReadOnlyList<RegionYear> _rows = [];

    public sealed record RegionYear(string Region, string? Code, int? ParentId, int RegionId, int Year, IReadOnlyDictionary<Verdict, int> Counts, int Targets);

    public async Task<IReadOnlyList<RegionYear>> GetAsync(CancellationToken cancellationToken = default)
    {
        var signature = await SignatureAsync(cancellationToken);
        if (signature == _signature)
        {
            return _rows;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (signature == _signature)
            {
                return _rows;
            }

            await using var db = store.CreateContext();
            var pairs = await db.Claims.AsNoTracking().Where(c => c.Kind == ClaimKind.Target)
                .Select(c => new { c.RegionId, c.Year }).Distinct().ToListAsync(cancellationToken);
            var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, cancellationToken);
            var rows = new List<RegionYear>();
            foreach (var pair in pairs.OrderBy(p => regions[p.RegionId].Code ?? "~").ThenBy(p => p.Year))
            {
                var region = regions[pair.RegionId];
                var card = await tracker.ScorecardAsync(region.Code ?? region.Name, pair.Year, cancellationToken);
                if (card is null || card.Rows.Count == 0)
                {
                    continue;
                }

                rows.Add(new RegionYear(region.Name, region.Code, region.ParentId, region.Id, pair.Year,
                    Enum.GetValues<Verdict>().ToDictionary(v => v, card.Count), card.Rows.Count));
            }

            _rows = rows;
            _signature = signature;
            return rows;
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<(long, int, long, int)> SignatureAsync(CancellationToken cancellationToken)
    {
        await using var db = store.CreateContext();
        var documents = await db.Documents.MaxAsync(d => (long?)d.Id, cancellationToken) ?? 0;
        var current = await db.Documents.CountAsync(d => d.IsCurrent, cancellationToken);
        var corrections = await db.ClaimCorrections.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0;
        var aliases = await db.IndicatorAliases.CountAsync(cancellationToken);
        return (documents, current, corrections, aliases);
    }
}
