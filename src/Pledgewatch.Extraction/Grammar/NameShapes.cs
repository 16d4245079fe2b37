using System.Buffers;
using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// The words around a count that belong to the name of what is counted (Specs/Names.md): the
/// work done to existing things (维修公交候车亭 → 公交候车亭维修), the service the people counted
/// were given (为1.9万困难老年人提供居家养老援助服务), the honour the firms counted won
/// (35家企业获评…“小巨人”), and a share of a whole (占全省产量近40% → 占全省比重).
/// Every method reads the text only; none keeps state.
/// </summary>
internal static class NameShapes
{
    /// <summary>Work on what already exists: the count is of the works, so the work is named.</summary>
    private static readonly WordSet WorkVerbs = new([
        "改造", "维修", "重建", "修缮", "翻新", "改建", "提升改造", "改造提升", "维修改造", "整体改造", "修复", "整治",
    ]);

    private static readonly WordSet HonourVerbs = new(["获评", "入选", "评为", "获评为", "认定为", "被认定为", "被评为", "列入", "入围", "荣获"]);

    /// <summary>What closes an honour without naming it: 入选…示范名单.</summary>
    private static readonly WordSet HonourEnds = new(["名单", "称号", "行列", "目录", "榜单"]);

    /// <summary>An honour that already names the thing it is given to: 获评国家级绿色工厂.</summary>
    private static readonly WordSet HonouredThings = new(["企业", "工厂", "平台", "基地", "中心", "园区", "单位", "学校", "医院", "社区", "村", "镇", "街道", "项目", "产品", "品牌", "集群", "城市", "县", "市", "区", "城", "乡镇"]);

    private static readonly WordSet ListingVerbs = new(["上市挂牌", "挂牌上市", "上市", "挂牌"]);

    /// <summary>What the claim before counted has these: 引进项目110个、总投资超900亿元.</summary>
    private static readonly WordSet Attributes = new(["总投资", "总投资额", "计划总投资", "投资总额", "总面积", "建筑面积", "总金额", "合同金额"]);

    /// <summary>Trade and investment with a partner keep their 对: 对东盟出口, 对外贸易.</summary>
    private static readonly WordSet PartnerEnds = new(["出口", "进口", "进出口", "出口额", "进口额", "进出口额", "贸易", "贸易额", "投资", "直接投资"]);

    private static readonly WordSet ScaleOfValue = new(["产值规模", "营收规模", "收入规模", "销售规模", "交易额规模"]);

    /// <summary>
    /// The characters that can open what follows a counted thing and shapes its name: 进行 and 提供,
    /// the 、 of a shared honour, and the first character of every honour and listing verb.
    /// </summary>
    private static readonly SearchValues<char> AfterThing = SearchValues.Create(string.Concat(
        "进提、", string.Concat(HonourVerbs.Words.Select(w => w[0])), string.Concat(ListingVerbs.Words.Select(w => w[0]))));

    /// <summary>False when nothing after the thing counted can shape its name: the common case, settled by one character.</summary>
    public static bool CanShapeAfter(string t, int nounEnd, int clauseEnd) => nounEnd < clauseEnd && AfterThing.Contains(t[nounEnd]);

    /// <summary>
    /// The work verb that opens a clause before its object (改造或重建农村桥梁7座): the text from
    /// <paramref name="from"/> to the object's start <paramref name="objectStart"/> is only work
    /// verbs, joined by 或, 和, 、 or 及. Null when anything else stands there.
    /// </summary>
    public static string? WorkBefore(string t, int from, int objectStart)
    {
        while (from < objectStart && t[from] is '，' or '、' or ' ')
        {
            from++;
        }

        if (objectStart - from < 2 || objectStart - from > 8)
        {
            return null;
        }

        var words = t.AsSpan(from, objectStart - from);
        var rest = words;
        while (rest.Length > 0)
        {
            var length = WorkVerbs.LongestPrefix(rest);
            if (length == 0)
            {
                return null;
            }

            rest = rest[length..];
            if (rest.Length > 0)
            {
                if (rest[0] is not ('或' or '和' or '、' or '及'))
                {
                    return null;
                }

                rest = rest[1..];
            }
        }

        return words.ToString();
    }

    /// <summary>
    /// The name of work done to an object named after it: 改造农村桥梁 → 农村桥梁改造; a second
    /// work word opening the object joins the work (改造提升老旧厂房 → 老旧厂房改造提升), and a word
    /// of completion is not part of either (改造完工老旧小区 → 老旧小区改造).
    /// </summary>
    public static string WorkName(string work, string obj)
    {
        if (obj.Length > 4 && obj.StartsWith("提升", StringComparison.Ordinal))
        {
            return string.Concat(obj.AsSpan(2), work, "提升");
        }

        if (obj.Length > 4 && (obj.StartsWith("完工", StringComparison.Ordinal) || obj.StartsWith("完成", StringComparison.Ordinal)))
        {
            return string.Concat(obj.AsSpan(2), work);
        }

        return obj + work;
    }

    /// <summary>对12个老住宅小区进行提升改造: the work named after 进行 that ends the clause.</summary>
    public static string? WorkAfter(string t, int nounEnd, int clauseEnd)
    {
        if (clauseEnd - nounEnd < 4 || string.CompareOrdinal(t, nounEnd, "进行", 0, 2) != 0)
        {
            return null;
        }

        var work = t.AsSpan(nounEnd + 2, clauseEnd - nounEnd - 2);
        return work.Length <= 6 && WorkVerbs.LongestSuffix(work) > 0 ? work.ToString() : null;
    }

    /// <summary>
    /// 为1.9万困难老年人提供居家养老援助服务 → 居家养老援助服务困难老年人: the service names the
    /// people counted. <paramref name="numberStart"/> is where the number (or its bound) starts;
    /// a short word between 为 and the number (日均) opens the name.
    /// </summary>
    public static string? ServiceName(string t, int clauseStart, int numberStart, int nounEnd, int clauseEnd, string people)
    {
        var be = t.LastIndexOf('为', Math.Max(clauseStart, numberStart - 1), Math.Max(0, Math.Min(4, numberStart - clauseStart)));
        if (be < clauseStart || clauseEnd - nounEnd < 4 || string.CompareOrdinal(t, nounEnd, "提供", 0, 2) != 0)
        {
            return null;
        }

        var service = t.AsSpan(nounEnd + 2, clauseEnd - nounEnd - 2);
        if (service.Length > 12 || !service.EndsWith("服务", StringComparison.Ordinal))
        {
            return null;
        }

        return string.Concat(t.AsSpan(be + 1, numberStart - be - 1), service, people);
    }

    /// <summary>
    /// 35家企业获评国家级专精特新“小巨人” → 国家级专精特新“小巨人”企业; 4家企业、1家平台入选…示范名单:
    /// the honour names the things counted. Other counts of the same list may stand between the
    /// thing and the verb. Null when no honour closes the clause.
    /// </summary>
    public static string? HonourName(string t, int nounEnd, int clauseEnd, string thing)
    {
        var at = nounEnd;
        if (at < clauseEnd && t[at] == '、')
        {
            // The honour is shared with the counts after this one: find its verb in the clause.
            var verb = HonourVerbs.IndexIn(t.AsSpan(nounEnd, clauseEnd - nounEnd));
            if (verb < 0 || verb > 12)
            {
                return null;
            }

            at = nounEnd + verb;
        }

        var rest = t.AsSpan(at, clauseEnd - at);
        var verbLength = HonourVerbs.LongestPrefix(rest);
        if (verbLength == 0)
        {
            var listing = ListingVerbs.LongestPrefix(rest);
            return listing > 0 && listing == rest.Length ? string.Concat(rest, thing) : null;
        }

        var honour = rest[verbLength..];
        var listEnd = honour.IndexOfAny('、', '，');
        honour = listEnd >= 0 ? honour[..listEnd] : honour;
        var end = HonourEnds.LongestSuffix(honour);
        honour = honour[..^end];
        if (honour.Length < 2 || honour.Length > 20)
        {
            return null;
        }

        return HonouredThings.LongestSuffix(honour) > 0 || honour.EndsWith(thing, StringComparison.Ordinal)
            ? honour.ToString()
            : string.Concat(honour, thing);
    }

    /// <summary>总投资 after 项目110个: an attribute of the projects the claim before counted.</summary>
    public static bool IsAttributeOf(string indicator, string previous) => Attributes.Contains(indicator) && previous.EndsWith("项目", StringComparison.Ordinal);

    /// <summary>对 that opens a phrase is kept when it names a partner in trade: 对东盟出口, 对外贸易.</summary>
    public static bool KeepsPartner(ReadOnlySpan<char> phrase) =>
        phrase.Length > 2 && phrase[0] == '对' && (phrase[1] == '外' || PartnerEnds.Occurs(phrase));

    /// <summary>The indicator of a share of a whole: 整车产量 + 占全省产量 → 整车产量占全省比重.</summary>
    public static string ShareOf(string indicator, string whole) =>
        indicator.Contains('占') ? indicator : string.Concat(indicator, "占", whole, "比重");

    /// <summary>占全省产量 → 占全省比重: a share of a whole is named by the whole.</summary>
    public static string ShareWord(string share)
    {
        foreach (var whole in Lexicon.ReferenceWords.Words)
        {
            if (share.Length > whole.Length + 1 && string.CompareOrdinal(share, 1, whole, 0, whole.Length) == 0)
            {
                var rest = share.AsSpan(1 + whole.Length);
                return rest is "比重" or "比例" or "的比重" or "的比例" ? share : string.Concat("占", whole.TrimEnd('的'), "比重");
            }
        }

        return share;
    }

    /// <summary>What names an industry in a heading: 新能源之都, 智能装备之城, 数字经济产业.</summary>
    private static readonly string[] IndustryMarks = ["之都", "之城", "产业"];

    /// <summary>
    /// The industry a heading is about (（二）新能源之都扬帆奋进 → 新能源), or null: two to six
    /// Chinese characters opening the heading before 之都, 之城 or 产业.
    /// </summary>
    public static string? IndustryOfHeading(ReadOnlySpan<char> heading)
    {
        var from = 0;
        while (from < heading.Length && !CharClass.IsHan(heading[from]))
        {
            from++;
        }

        // An ordinal in brackets or before 、: （二）, 三、.
        var ordinal = CharClass.CountChineseOrdinals(heading[from..]);
        if (ordinal > 0 && from + ordinal < heading.Length && heading[from + ordinal] is '、' or '）' or ')')
        {
            from += ordinal + 1;
        }

        foreach (var mark in IndustryMarks)
        {
            var at = heading[from..].IndexOf(mark, StringComparison.Ordinal);
            if (at is >= 2 and <= 6)
            {
                var name = heading.Slice(from, at);
                foreach (var c in name)
                {
                    if (!CharClass.IsHan(c))
                    {
                        return null;
                    }
                }

                return name.ToString();
            }
        }

        return null;
    }

    /// <summary>新能源 + 产业规模 → 新能源产业规模; 智能装备 + 产值 → 智能装备产业产值.</summary>
    public static string OfIndustry(string industry, string measure) =>
        measure.StartsWith("产业", StringComparison.Ordinal) ? industry + measure : string.Concat(industry, "产业", measure);

    /// <summary>
    /// A name in quotation marks is the name (“灯塔工厂” → 灯塔工厂); the scale of an output value
    /// is the value (产值规模 → 产值).
    /// </summary>
    public static string Tidy(string name)
    {
        if (name.Length > 2 && name[0] == '“' && name[^1] == '”' && name.IndexOf('”', 1) == name.Length - 1)
        {
            return name[1..^1];
        }

        if (ScaleOfValue.LongestSuffix(name) > 0 && name.Length > 4)
        {
            return name[..^2];
        }

        return name;
    }
}
