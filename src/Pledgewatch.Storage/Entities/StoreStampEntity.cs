namespace Pledgewatch.Storage.Entities;

/// <summary>
/// What a database was last brought up to (the seeded region tree and catalog, by their hash), so
/// that opening an up-to-date database does no seeding work.
/// </summary>
public sealed class StoreStampEntity
{
    public required string Key { get; set; }

    public required string Value { get; set; }
}
