namespace Pledgewatch.Extraction.Numbers;

/// <summary>What a unit measures.</summary>
internal enum UnitKind
{
    /// <summary>A classifier that counts things: 个, 家, 所, 座.</summary>
    Count,

    /// <summary>People or households: 人, 人次, 户.</summary>
    People,

    /// <summary>Money: 元, 美元.</summary>
    Money,

    /// <summary>A share or rate: %, ‰, 个百分点.</summary>
    Rate,

    /// <summary>A physical amount: 亩, 吨, 千瓦, 微克/立方米.</summary>
    Amount,
}
