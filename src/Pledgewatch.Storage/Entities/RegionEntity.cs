namespace Pledgewatch.Storage.Entities;

/// <summary>A region of the tree: 江苏省 ⊃ 常州市 ⊃ 武进区. Code is GB/T 2260 where known.</summary>
public sealed class RegionEntity
{
    public int Id { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    public int? ParentId { get; set; }

    public RegionEntity? Parent { get; set; }

    /// <summary>country, province, city, district, county.</summary>
    public string? Level { get; set; }
}
