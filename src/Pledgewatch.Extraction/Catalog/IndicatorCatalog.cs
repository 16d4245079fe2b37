using System.Collections.Frozen;
using System.Text.Json;

namespace Pledgewatch.Extraction.Catalog;

/// <summary>
/// The indicator catalog, kept as data (<c>Catalog/indicators.json</c>): canonical names, aliases,
/// units, polarity and usual measure. Unknown phrases pass through unchanged.
/// </summary>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<string, Indicator> _byName;
    private readonly (string Short, string Long)[] _abbreviations;
    private readonly string[] _prefixes;

    private IndicatorCatalog(IReadOnlyList<Indicator> indicators, (string, string)[] abbreviations, string[] prefixes)
    {
        Indicators = indicators;
        _abbreviations = abbreviations;
        _prefixes = prefixes;
        var byName = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        foreach (var indicator in indicators)
        {
            byName.TryAdd(indicator.Name, indicator);
            foreach (var alias in indicator.Aliases)
            {
                byName.TryAdd(alias, indicator);
            }
        }

        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>All indicators, in catalog order.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Words that open a phrase but are not part of an indicator's name (全市, 力争).</summary>
    public IReadOnlyList<string> StripPrefixes => _prefixes;

    /// <summary>The catalog shipped with the library.</summary>
    public static IndicatorCatalog Default { get; } = LoadDefault();

    /// <summary>Reads a catalog in the format of <c>indicators.json</c>.</summary>
    /// <exception cref="FormatException">The JSON is not a catalog.</exception>
    public static IndicatorCatalog Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var indicators = new List<Indicator>();
        foreach (var item in root.GetProperty("indicators").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString() ?? throw new FormatException("An indicator has no name.");
            var aliases = item.TryGetProperty("aliases", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToArray() : [];
            var unit = item.TryGetProperty("unit", out var u) ? u.GetString() ?? "" : "";
            var polarity = item.TryGetProperty("polarity", out var p) && p.GetString() == "lower" ? Polarity.LowerIsBetter : Polarity.HigherIsBetter;
            var measure = Measure.Level;
            if (item.TryGetProperty("measure", out var m) && !ContractNames.TryParse(m.GetString(), out measure))
            {
                throw new FormatException($"Indicator {name}: unknown measure '{m.GetString()}'.");
            }

            indicators.Add(new Indicator(name, aliases, unit, polarity, measure));
        }

        var abbreviations = root.TryGetProperty("abbreviations", out var ab)
            ? ab.EnumerateArray().Select(x => (x[0].GetString() ?? "", x[1].GetString() ?? "")).Where(x => x.Item1.Length > 0).ToArray()
            : [];
        var prefixes = root.TryGetProperty("strip_prefixes", out var sp)
            ? sp.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).OrderByDescending(x => x.Length).ToArray()
            : [];
        return new IndicatorCatalog(indicators, abbreviations, prefixes);
    }

    /// <summary>Finds the indicator a phrase names, by canonical name or alias.</summary>
    public Indicator? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        if (_byName.TryGetValue(phrase, out var indicator))
        {
            return indicator;
        }

        var expanded = Expand(phrase);
        return ReferenceEquals(expanded, phrase) ? null : _byName.GetValueOrDefault(expanded);
    }

    /// <summary>True when the catalog knows the phrase as a name or alias, as written.</summary>
    public bool Knows(ReadOnlySpan<char> phrase) => _byName.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(phrase);

    /// <summary>The canonical name for a phrase: the catalog's name when it knows the phrase, else the phrase with abbreviations spelled out.</summary>
    public string Canonicalize(string phrase)
    {
        var found = Find(phrase);
        return found?.Name ?? Expand(phrase);
    }

    private string Expand(string phrase)
    {
        var result = phrase;
        foreach (var (shortForm, longForm) in _abbreviations)
        {
            if (result.Contains(shortForm, StringComparison.Ordinal) && !result.Contains(longForm, StringComparison.Ordinal))
            {
                result = result.Replace(shortForm, longForm, StringComparison.Ordinal);
            }
        }

        return result;
    }

    /// <summary>The shipped catalog's file (<c>indicators.json</c>), unread: what a database's seed stamp hashes.</summary>
    public static Stream OpenDefaultSource() =>
        typeof(IndicatorCatalog).Assembly.GetManifestResourceStream("Pledgewatch.Extraction.indicators.json")
            ?? throw new InvalidOperationException("The indicator catalog is not embedded in the assembly.");

    private static IndicatorCatalog LoadDefault()
    {
        using var stream = OpenDefaultSource();
        return Load(stream);
    }
}
