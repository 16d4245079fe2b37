using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Numbers that name rather than count (Specs/NotClaims.md): a small count written in words
/// before the name of a set (四项基本原则, 三个联合公报, 两个大局, 八项行动), and words of quality
/// whose rise is no measurable change (水平进一步提高).
/// </summary>
internal static class NameNumbers
{
    /// <summary>What a set of principles, documents, tasks or commitments is called.</summary>
    private static readonly WordSet SetHeads = new([
        "原则", "基本原则", "公报", "联合公报", "大局", "维护", "自信", "意识", "确立", "行动", "战略", "攻坚战",
        "保卫战", "振兴", "文明", "基本点", "务必", "方针", "理念", "精神", "代表", "坚持", "转变", "统筹", "环节", "机制",
        "不动摇", "全面", "积极性", "定位", "使命", "结合", "优先", "必须", "面向", "翻番", "倡议", "共识",
    ]);

    /// <summary>The head of a phrase whose rise says it got better, not by how much.</summary>
    private static readonly WordSet QualityHeads = new(["水平", "质量", "效率", "效能", "品质", "能力", "形象", "层次"]);

    /// <summary>A level that is nevertheless a measured statistic: 物价总水平, 价格水平, 居民消费水平.</summary>
    private static readonly WordSet MeasuredLevels = new(["价格", "物价", "消费水平"]);

    /// <summary>
    /// 四项基本原则, 两个大局: a count of at most ten in words, followed by the name of a set,
    /// opening or closing the phrase (两个文明建设). A count in digits (3项原则) is left to the other rules.
    /// </summary>
    public static bool NamesASet(string t, in Quantity q, int e)
    {
        if (!q.Chinese || q.HasMultiplier || q.Value > 10 || q.Value != Math.Floor(q.Value))
        {
            return false;
        }

        var end = q.End;
        var limit = Math.Min(e, q.End + 8);
        while (end < limit && CharClass.IsHan(t[end]) && t[end] is not ('的' or '和' or '与' or '及' or '为'))
        {
            end++;
        }

        var noun = t.AsSpan(q.End, end - q.End);
        return noun.Length > 0 && (SetHeads.LongestSuffix(noun) > 0 || SetHeads.LongestPrefix(noun) > 0);
    }

    /// <summary>人民生活水平, 服务效率: a subject whose rise is a word of quality.</summary>
    public static bool IsQuality(ReadOnlySpan<char> subject) =>
        QualityHeads.LongestSuffix(subject) > 0 && !MeasuredLevels.Occurs(subject);
}
