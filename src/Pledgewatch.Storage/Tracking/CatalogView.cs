using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Storage.Tracking;

/// <summary>The database's catalog in memory: aliases (with merges) to canonical names, and polarity.</summary>
public sealed class CatalogView
{
    private readonly Dictionary<string, string> _canonical;
    private readonly Dictionary<string, Polarity> _polarity;

    private CatalogView(Dictionary<string, string> canonical, Dictionary<string, Polarity> polarity)
    {
        _canonical = canonical;
        _polarity = polarity;
    }

    public static async Task<CatalogView> LoadAsync(PledgewatchDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var indicators = await db.Indicators.AsNoTracking().Select(i => new { i.Id, i.Name, i.Polarity }).ToListAsync(cancellationToken);
        var names = indicators.ToDictionary(i => i.Id, i => i.Name);
        var aliases = await db.IndicatorAliases.AsNoTracking().Select(a => new { a.Alias, a.IndicatorId }).ToListAsync(cancellationToken);
        var canonical = aliases.Where(a => names.ContainsKey(a.IndicatorId)).ToDictionary(a => a.Alias, a => names[a.IndicatorId], StringComparer.Ordinal);
        var polarity = indicators.ToDictionary(i => i.Name, i => i.Polarity == "lower" ? Polarity.LowerIsBetter : Polarity.HigherIsBetter, StringComparer.Ordinal);
        return new CatalogView(canonical, polarity);
    }

    /// <summary>The canonical name for an indicator as extracted (or as corrected).</summary>
    public string Canonical(string indicator) => _canonical.GetValueOrDefault(indicator, indicator);

    public (Polarity Polarity, bool Known) PolarityOf(string indicator) =>
        _polarity.TryGetValue(Canonical(indicator), out var p) ? (p, true) : (Polarity.HigherIsBetter, false);
}
