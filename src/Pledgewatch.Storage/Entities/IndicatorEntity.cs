using Pledgewatch.Extraction;

namespace Pledgewatch.Storage.Entities;

/// <summary>An indicator of the catalog in the database, seeded from the catalog file.</summary>
public sealed class IndicatorEntity
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Unit { get; set; }

    /// <summary>higher or lower.</summary>
    public required string Polarity { get; set; }

    public required Measure Measure { get; set; }

    public List<IndicatorAliasEntity> Aliases { get; set; } = [];
}
