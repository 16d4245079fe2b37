using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// What the home page shows: every region and year with targets, with verdict counts. Rebuilt when
/// documents, corrections or aliases change (by this process or another).
/// </summary>
public sealed class Overview(Tracker tracker)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private (long, int, long, int) _signature = (-1, -1, -1, -1);
    private IReadOnlyList<RegionYear> _rows = [];

    public sealed record RegionYear(string Region, string? Code, int? ParentId, int RegionId, int Year, IReadOnlyDictionary<Verdict, int> Counts, int Targets);

    public async Task<IReadOnlyList<RegionYear>> GetAsync(CancellationToken cancellationToken = default)
    {
        var signature = await tracker.VersionAsync(cancellationToken);
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

            var rows = new List<RegionYear>();
            foreach (var (region, year) in await tracker.TargetYearsAsync(cancellationToken))
            {
                var card = await tracker.ScorecardAsync(region.Code ?? region.Name, year, cancellationToken);
                if (card is null || card.Rows.Count == 0)
                {
                    continue;
                }

                rows.Add(new RegionYear(region.Name, region.Code, region.ParentId, region.Id, year,
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
}
