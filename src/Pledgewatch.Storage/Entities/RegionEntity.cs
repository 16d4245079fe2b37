namespace Pledgewatch.Storage.Entities;

/// <summary>A region of the tree: 江苏省 ⊃ 常州市 ⊃ 武进区. Code is GB/T 2260 where known.</summary>
public sealed class RegionEntity
{
    public int Id { get; set; }

    public string? Code { get; set; }

    public required string Name { get; set; }

    /// <summary>What reports and people call it for short (宁夏 for 宁夏回族自治区, 常州 for 常州市), or null.</summary>
    public string? ShortName { get; set; }

    public int? ParentId { get; set; }

    public RegionEntity? Parent { get; set; }

    /// <summary>country (全国), province (also 北京市 and the autonomous regions), city (prefecture level), district, county (also county-level cities).</summary>
    public string? Level { get; set; }
}
