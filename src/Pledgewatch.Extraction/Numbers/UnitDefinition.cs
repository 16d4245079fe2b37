namespace Pledgewatch.Extraction.Numbers;

/// <summary>A unit as written, the base unit it folds to, and the factor between them.</summary>
/// <param name="Written">The unit as it stands in reports (公斤, 方, 名).</param>
/// <param name="Base">The base unit of the contract (千克, 立方米, 人).</param>
/// <param name="Factor">How many base units one written unit is.</param>
/// <param name="Kind">What the unit measures, which the grammar's measure rules need.</param>
internal sealed record UnitDefinition(string Written, string Base, double Factor, UnitKind Kind);
