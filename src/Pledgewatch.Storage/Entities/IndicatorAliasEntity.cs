namespace Pledgewatch.Storage.Entities;

/// <summary>Another name for an indicator: from the catalog file, or an unknown indicator merged into it.</summary>
public sealed class IndicatorAliasEntity
{
    public required string Alias { get; set; }

    public int IndicatorId { get; set; }

    public IndicatorEntity? Indicator { get; set; }

    /// <summary>catalog for the file's aliases; the user's name for a merge.</summary>
    public required string AddedBy { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
