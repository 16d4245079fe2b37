namespace Pledgewatch.Extraction.Catalog;

/// <summary>An indicator of the catalog: what reports measure, under all the names they use.</summary>
/// <param name="Name">The canonical name (规模以上工业增加值).</param>
/// <param name="Aliases">Other names for the same indicator (规上工业增加值).</param>
/// <param name="Unit">The base unit the indicator is usually stated in.</param>
/// <param name="Polarity">Whether more is better.</param>
/// <param name="UsualMeasure">The measure targets are usually stated in.</param>
public sealed record Indicator(string Name, IReadOnlyList<string> Aliases, string Unit, Polarity Polarity, Measure UsualMeasure);
