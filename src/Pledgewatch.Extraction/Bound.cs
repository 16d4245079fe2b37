namespace Pledgewatch.Extraction;

/// <summary>How the written number bounds the true value.</summary>
public enum Bound
{
    /// <summary><c>=</c>: plain, 达, 为, 实现.</summary>
    Equal,

    /// <summary><c>~</c>: 左右, 约.</summary>
    About,

    /// <summary><c>&gt;=</c>: 以上, 不低于, 不少于, 至少.</summary>
    AtLeast,

    /// <summary><c>&gt;</c>: 超, 突破, 逾, 多.</summary>
    MoreThan,

    /// <summary><c>&lt;=</c>: 以下, 以内, 不超过.</summary>
    AtMost,

    /// <summary><c>&lt;</c>: 近, 接近, 不到, 不足.</summary>
    LessThan,
}
