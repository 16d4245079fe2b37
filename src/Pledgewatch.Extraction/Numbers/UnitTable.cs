using System.Collections.Frozen;

namespace Pledgewatch.Extraction.Numbers;

/// <summary>
/// The units that reports use (claims.md, <c>unit</c>), looked up longest first at a position,
/// with the characters that turn a unit into part of a word (项目, 个人, 人制, 台阶).
/// </summary>
internal static class UnitTable
{
    private static readonly UnitDefinition[] Definitions =
    [
        new("个百分点", "个百分点", 1, UnitKind.Rate),
        new("百分点", "个百分点", 1, UnitKind.Rate),
        new("%", "%", 1, UnitKind.Rate),
        new("‰", "‰", 1, UnitKind.Rate),
        new("微克/立方米", "微克/立方米", 1, UnitKind.Rate),
        new("毫克/升", "毫克/升", 1, UnitKind.Rate),
        new("元", "元", 1, UnitKind.Money),
        new("美元", "美元", 1, UnitKind.Money),
        new("欧元", "欧元", 1, UnitKind.Money),
        new("人次", "人次", 1, UnitKind.People),
        new("人", "人", 1, UnitKind.People),
        new("名", "人", 1, UnitKind.People),
        new("位", "人", 1, UnitKind.People),
        new("户次", "户次", 1, UnitKind.People),
        new("户", "户", 1, UnitKind.People),
        new("辆", "辆", 1, UnitKind.Count),
        new("个", "个", 1, UnitKind.Count),
        new("家", "家", 1, UnitKind.Count),
        new("所", "所", 1, UnitKind.Count),
        new("座", "座", 1, UnitKind.Count),
        new("套", "套", 1, UnitKind.Count),
        new("件", "件", 1, UnitKind.Count),
        new("项", "项", 1, UnitKind.Count),
        new("场次", "场次", 1, UnitKind.Count),
        new("场", "场", 1, UnitKind.Count),
        new("支", "支", 1, UnitKind.Count),
        new("部", "部", 1, UnitKind.Count),
        new("台", "台", 1, UnitKind.Count),
        new("张", "张", 1, UnitKind.Count),
        new("条", "条", 1, UnitKind.Count),
        new("处", "处", 1, UnitKind.Count),
        new("片", "片", 1, UnitKind.Count),
        new("间", "间", 1, UnitKind.Count),
        new("栋", "栋", 1, UnitKind.Count),
        new("幢", "幢", 1, UnitKind.Count),
        new("艘", "艘", 1, UnitKind.Count),
        new("架", "架", 1, UnitKind.Count),
        new("列", "列", 1, UnitKind.Count),
        new("株", "株", 1, UnitKind.Count),
        new("棵", "棵", 1, UnitKind.Count),
        new("头", "头", 1, UnitKind.Count),
        new("只", "只", 1, UnitKind.Count),
        new("块", "块", 1, UnitKind.Count),
        new("篇", "篇", 1, UnitKind.Count),
        new("册", "册", 1, UnitKind.Count),
        new("次", "次", 1, UnitKind.Count),
        new("批", "批", 1, UnitKind.Count),
        new("门", "门", 1, UnitKind.Count),
        new("对", "对", 1, UnitKind.Count),
        new("例", "例", 1, UnitKind.Count),
        new("床", "床", 1, UnitKind.Count),
        new("张床", "张", 1, UnitKind.Count),
        new("标箱", "标箱", 1, UnitKind.Amount),
        new("标准箱", "标箱", 1, UnitKind.Amount),
        new("架次", "架次", 1, UnitKind.Count),
        new("吨标准煤", "吨标准煤", 1, UnitKind.Amount),
        new("羽", "羽", 1, UnitKind.Count),
        new("港元", "港元", 1, UnitKind.Money),
        new("分钟", "分钟", 1, UnitKind.Amount),
        new("个工作日", "工作日", 1, UnitKind.Amount),
        new("工作日", "工作日", 1, UnitKind.Amount),
        new("亩", "亩", 1, UnitKind.Amount),
        new("公顷", "公顷", 1, UnitKind.Amount),
        new("平方公里", "平方公里", 1, UnitKind.Amount),
        new("平方千米", "平方公里", 1, UnitKind.Amount),
        new("平方米", "平方米", 1, UnitKind.Amount),
        new("平米", "平方米", 1, UnitKind.Amount),
        new("立方米", "立方米", 1, UnitKind.Amount),
        new("立方", "立方米", 1, UnitKind.Amount),
        new("方", "立方米", 1, UnitKind.Amount),
        new("公里", "公里", 1, UnitKind.Amount),
        new("千米", "公里", 1, UnitKind.Amount),
        new("米", "米", 1, UnitKind.Amount),
        new("吨/日", "吨/日", 1, UnitKind.Amount),
        new("吨/年", "吨/年", 1, UnitKind.Amount),
        new("吨/天", "吨/日", 1, UnitKind.Amount),
        new("吨", "吨", 1, UnitKind.Amount),
        new("公斤", "千克", 1, UnitKind.Amount),
        new("千克", "千克", 1, UnitKind.Amount),
        new("斤", "斤", 1, UnitKind.Amount),
        new("千瓦时", "千瓦时", 1, UnitKind.Amount),
        new("度电", "千瓦时", 1, UnitKind.Amount),
        new("千瓦", "千瓦", 1, UnitKind.Amount),
        new("兆瓦", "千瓦", 1000, UnitKind.Amount),
        new("吉瓦", "千瓦", 1000000, UnitKind.Amount),
        new("天", "天", 1, UnitKind.Amount),
        new("小时", "小时", 1, UnitKind.Amount),
        new("周岁", "岁", 1, UnitKind.Amount),
        new("岁", "岁", 1, UnitKind.Amount),
        new("倍", "倍", 1, UnitKind.Rate),
        new("P", "P", 1, UnitKind.Amount),
        new("PB", "PB", 1, UnitKind.Amount),
        new("EFLOPS", "EFLOPS", 1, UnitKind.Amount),
    ];

    /// <summary>Units by first character, longest first.</summary>
    private static readonly FrozenDictionary<char, UnitDefinition[]> ByFirstChar = Definitions
        .GroupBy(d => d.Written[0])
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(d => d.Written.Length).ToArray());

    /// <summary>
    /// Characters that, right after a unit, show that the unit is the first half of a word:
    /// 项目, 个人, 人才, 家庭, 台阶, 所在, 部门, 场景, 条件, 片区, 天然, 方面, 位于 …
    /// </summary>
    private static readonly FrozenDictionary<char, string> WordFollowers = new Dictionary<char, string>
    {
        ['项'] = "目",
        ['个'] = "人性体案例别月",
        ['人'] = "才员口民制均大群们工身民气文",
        ['名'] = "单录义额牌片称城",
        ['位'] = "于置居次列一数",
        ['户'] = "籍外型口",
        ['家'] = "庭园长门乡居具电政族",
        ['台'] = "阶账湾",
        ['所'] = "在属有得谓以",
        ['部'] = "门署分委长队",
        ['场'] = "景所馆站地面合景域",
        ['条'] = "件例款线",
        ['片'] = "区",
        ['天'] = "然地气下空津",
        ['方'] = "面式向案法针位舱便",
        ['次'] = "级要",
        ['批'] = "复准发示次",
        ['门'] = "户槛店诊类票面口窗禁核",
        ['对'] = "外接标口象于",
        ['例'] = "如",
        ['床'] = "位",
        ['米'] = "粮",
        ['件'] = "事",
        ['支'] = "持撑柱付出",
        ['处'] = "理置",
        ['只'] = "有要是",
        ['头'] = "部雁",
        ['块'] = "钱",
        ['间'] = "隔",
        ['列'] = "入",
        ['倍'] = "增",
        ['岁'] = "月",
    }.ToFrozenDictionary();

    /// <summary>Reads the longest unit at <paramref name="i"/>, or null when none stands there.</summary>
    public static UnitDefinition? Match(string text, int i, int end)
    {
        if (i >= end || !ByFirstChar.TryGetValue(text[i], out var candidates))
        {
            return null;
        }

        foreach (var unit in candidates)
        {
            var w = unit.Written;
            if (i + w.Length > end || string.CompareOrdinal(text, i, w, 0, w.Length) != 0)
            {
                continue;
            }

            var after = i + w.Length;
            if (after < end && WordFollowers.TryGetValue(w[^1], out var followers) && followers.Contains(text[after]) && !IsBoundWordAt(text, after, end))
            {
                continue;
            }

            // A Latin unit must not run on into a word (P in "PPP", "PM").
            if (char.IsAsciiLetter(w[^1]) && after < end && char.IsAsciiLetter(text[after]))
            {
                continue;
            }

            return unit;
        }

        return null;
    }

    /// <summary>以上, 以下, 以内 after a unit: 7所以上 is seven schools or more, not 所以.</summary>
    private static bool IsBoundWordAt(string text, int i, int end) =>
        i + 2 <= end && text[i] == '以' && text[i + 1] is '上' or '下' or '内';

    /// <summary>True when a unit or a word starting with a unit stands at <paramref name="i"/> (千瓦 before 千).</summary>
    public static bool StartsUnitWord(string text, int i, int end) =>
        i < end && text[i] is '千' or '百' or '万' && Match(text, i, end) is not null;
}
