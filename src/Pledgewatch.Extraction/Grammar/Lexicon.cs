namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// The words of the claim grammar (claims.md: op, measure), as sorted lists matched at a position.
/// Each list is ordered longest first so that 超过 wins over 超.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words right before a number that bound it (claims.md, <c>op</c>).</summary>
    public static readonly WordList<Bound> BoundBefore = new(
    [
        ("不低于", Bound.AtLeast), ("不少于", Bound.AtLeast), ("至少", Bound.AtLeast), ("最少", Bound.AtLeast),
        ("迈上", Bound.AtLeast), ("迈入", Bound.AtLeast), ("跨上", Bound.AtLeast), ("跨入", Bound.AtLeast),
        ("站上", Bound.AtLeast), ("跃上", Bound.AtLeast), ("登上", Bound.AtLeast), ("跨越", Bound.AtLeast),
        ("超过", Bound.MoreThan), ("超出", Bound.MoreThan), ("突破", Bound.MoreThan), ("首破", Bound.MoreThan),
        ("多于", Bound.MoreThan), ("大于", Bound.MoreThan), ("超", Bound.MoreThan), ("逾", Bound.MoreThan), ("破", Bound.MoreThan),
        ("接近", Bound.LessThan), ("将近", Bound.LessThan), ("不到", Bound.LessThan), ("不足", Bound.LessThan),
        ("小于", Bound.LessThan), ("近", Bound.LessThan),
        ("不超过", Bound.AtMost), ("不高于", Bound.AtMost), ("最多", Bound.AtMost),
        ("大约", Bound.About), ("约为", Bound.About), ("约占", Bound.About), ("约", Bound.About),
    ]);

    /// <summary>Words right after a number that bound it.</summary>
    public static readonly WordList<Bound> BoundAfter = new(
    [
        ("及以上", Bound.AtLeast), ("以上", Bound.AtLeast), ("及以下", Bound.AtMost), ("以下", Bound.AtMost),
        ("以内", Bound.AtMost), ("之内", Bound.AtMost), ("左右", Bound.About), ("上下", Bound.About),
        ("或者更多一些", Bound.AtLeast), ("或更多一些", Bound.AtLeast), ("或者更多", Bound.AtLeast), ("或更多", Bound.AtLeast),
        ("或者更高一些", Bound.AtLeast), ("或更高一些", Bound.AtLeast), ("或者更高", Bound.AtLeast), ("或更高", Bound.AtLeast),
    ]);

    /// <summary>Changes against the previous period (claims.md, measure rule 1). True marks a fall.</summary>
    public static readonly WordList<bool> ChangeVerbs = new(
    [
        ("同比增长", false), ("年均增长", false), ("增长", false), ("增速", false), ("增幅", false), ("涨幅", false),
        ("上涨", false), ("提高", false), ("提升", false), ("上升", false), ("增加", false), ("增", false),
        ("同比下降", true), ("下降", true), ("降低", true), ("减少", true), ("降幅", true), ("回落", true),
        ("下滑", true), ("压减", true), ("压降", true), ("缩减", true), ("降", true),
    ]);

    /// <summary>In a review, words that quote the year's goal rather than its result.</summary>
    public static readonly WordSet GoalWords = new(["预期", "计划增长", "计划完成", "目标为", "目标是", "年初目标", "年度目标", "提出要"]);

    /// <summary>What follows a plan's name to make it a period: “十五”期间, “十四五”时期.</summary>
    public static readonly WordSet PeriodNouns = new(["期间", "时期", "以来", "末", "末期", "计划期间", "规划期间", "的"]);

    /// <summary>Spans of years that open a phrase: 过去五年, 五年来, 今后五年.</summary>
    public static readonly WordSet PeriodOpenings = new(["过去五年", "五年来", "今后五年", "未来五年", "过去五年来", "近五年", "近五年来"]);

    /// <summary>Words by which a review quotes an earlier goal, whatever clause of the sentence they open.</summary>
    public static readonly WordSet QuotingWords = new(["曾提出", "报告提出", "报告中提出", "曾经提出"]);

    /// <summary>Imperatives that set a goal wherever they stand: 要把…控制在, 努力把…, 力求.</summary>
    public static readonly WordSet GoalImperatives = new(["要把", "努力把", "力求"]);

    /// <summary>Words that put an imperative in the past: a review quoting last year's goal (去年曾提出要把…).</summary>
    public static readonly WordSet PastMarkers = new(["去年", "上年", "曾", "当时", "年初"]);

    /// <summary>A rate of change standing alone as a subject: 涨幅仍然高达百分之二十一点七.</summary>
    public static readonly WordSet RatesOfChange = new(["涨幅", "增幅", "增速", "降幅", "减幅", "上涨幅度", "增长速度", "增长幅度", "下降幅度"]);

    /// <summary>What an industry heading's report says of the industry without naming it (产业规模突破8500亿元).</summary>
    public static readonly WordSet IndustryMeasures = new(["产业规模", "产业产值", "产值", "产值规模", "营业收入", "营收", "产业营收", "产业增加值", "增加值", "规模"]);

    /// <summary>Words that report a result after a quoted goal.</summary>
    public static readonly WordSet ResultWords = new(["完成", "实际", "实现", "达到"]);

    /// <summary>Names of a rate of change: 涨幅控制在3%左右 and 增速保持在5%以上 still state a change.</summary>
    public static readonly WordList<bool> ChangeNouns = new(
    [
        ("增速", false), ("增幅", false), ("涨幅", false), ("降幅", true), ("减幅", true), ("经济增长", false),
        ("上涨幅度", false), ("增长速度", false), ("增长幅度", false), ("下降幅度", true),
    ]);

    /// <summary>Verbs between a subject and what is measured of it: 规上工业企业实现营业收入.</summary>
    public static readonly WordSet InnerVerbs = new(["实现", "完成"]);

    /// <summary>The name of a goal between a rate of change and its number: 经济增长预期目标为5%.</summary>
    public static readonly WordSet GoalNames = new(["预期目标", "目标", "的预期目标", "的目标", "调控目标", "的调控目标", "宏观调控目标", "的宏观调控目标", "预期", "的预期", "预定", "计划"]);

    /// <summary>Words between a rate of change and its number.</summary>
    public static readonly WordSet HoldWords = new(["控制在", "保持在", "稳定在", "达到", "达", "为", "在", "定为", "预定为", "高达", "仍然高达", "降到", "回落到", "降至", "回落至"]);

    /// <summary>Words after a change verb that make the number the new value (提高到, 增至): a level.</summary>
    public static readonly WordSet ToWords = new(["达到", "到", "至", "为"]);

    /// <summary>Running totals (measure rule 2).</summary>
    public static readonly WordSet TotalWords = new(["累计", "总数", "总量", "总计", "保有量", "共计", "共有", "合计", "总规模"]);

    /// <summary>Actions that make a count of things or people "added" (measure rule 3).</summary>
    public static readonly WordSet AddedVerbs = new([
        "新增", "新建", "新改扩建", "改扩建", "新开工", "净增", "建成", "建设", "完成", "改造", "维修", "实施", "推进",
        "引进", "招引", "培育", "创建", "打造", "开展", "培训", "扶持", "支持", "提供", "惠及", "受益", "带动", "增加",
        "盘活", "去化", "获评", "入选", "入围", "认定", "获批", "创成", "纳入", "签约", "加装", "竣工", "完工", "投用",
        "投产", "开工", "建立", "落地", "举办", "吸引", "帮扶", "救助", "资助", "安置", "培养", "升级", "增设",
        "设立", "配备", "助餐", "体检", "采集", "开发", "扩面", "整治", "修复", "清淤", "植树", "造林", "化解", "消除",
        "吸纳", "招聘", "招收", "命名", "评为", "打通", "开通", "引育", "新建成", "新开", "新辟", "优化", "调整", "更新", "铺设", "新投放",
        "投放", "解决", "慰问", "走访", "筛查", "接种", "救治", "帮助", "发放", "评定", "认证", "申报",
    ]);

    /// <summary>Verbs and connectors that open a phrase without being part of the indicator.</summary>
    public static readonly WordSet LeadingWords = new([
        "全面", "深入", "大力", "积极", "加快", "持续", "不断", "稳步", "有序", "扎实", "着力", "切实", "进一步", "同步",
        "累计", "共计", "已", "并", "和", "及", "与", "且", "以及", "其中", "分别", "组织", "实现", "完成", "达到", "保持",
        "推动", "推进", "力争", "确保", "努力", "争取", "预计", "落实", "发放", "新增", "新建", "新改扩建", "改扩建",
        "净增", "建成", "建设", "实施", "引进", "招引", "培育", "创建", "打造", "开展", "扶持", "支持", "惠及", "带动",
        "获评", "入选", "入围", "认定", "获批", "创成", "纳入", "签约", "加装", "举办", "吸引", "升级", "采集", "开发",
        "改造", "维修", "增加", "建立", "招收", "吸纳", "帮助", "重建", "新开工", "投用", "投入使用", "打通", "组织", "筹建", "遴选", "培训", "新建成", "新培育", "新认定", "新引进", "新招引", "新设立", "新开通", "按可比价格计算", "按可比价计算", "同口径", "可比口径", "首先", "其次", "再次", "最后", "拟安排", "安排", "该", "获", "年初目标为", "年度目标为", "目标为", "计划", "引育", "荣获", "获得", "继续", "为", "对", "向", "各类", "各项", "一批", "全年", "把", "要把", "曾提出", "提出", "曾", "年均", "平均每年", "的", "发行", "拟发行", "继续发行", "续建", "新建续建",
        "年内", "当年", "今年", "全市", "全区", "全县", "全省", "全国", "我市", "我区", "我县", "本市", "本区",
    ]);

    /// <summary>Words that close a phrase before its number without being part of the indicator.</summary>
    public static readonly WordSet TrailingWords = new([
        "惠及", "受益", "完成", "实现", "达到", "达", "为", "至", "到", "在", "突破", "超过", "超", "累计", "共",
        "合计", "总计", "助餐", "体检", "已", "均", "分别", "同比", "年均", "日均", "比上年", "较上年", "保持在",
        "稳定在", "控制在", "保持", "稳定", "控制", "提高", "提升", "增长", "下降", "降低", "减少", "增加", "上升",
        "缩小", "扩大", "增速", "增幅", "降幅", "涨幅", "首次", "首", "再", "又", "新增", "净增", "达到了", "了", "的",
        "持续", "不断", "全面", "进一步", "迈上", "迈入", "预计", "力争", "争取", "确保", "努力", "每人每月", "每月", "每人", "每年", "双双", "年内", "全年", "有望", "总数", "总量", "数量", "共计", "降", "增", "免费", "拟按", "拟", "就", "也", "还", "压缩", "缩短", "缩减", "延长", "预期", "实际", "预期目标", "目标",
        "平均", "平均值", "年平均", "上涨", "涨", "高达", "仍然高达", "仍然", "依然", "仍", "要", "上涨幅度", "增长速度", "增长幅度", "下降幅度", "减幅", "按", "将", "先发行", "比年初预算", "比上年年初预算", "调控目标", "调控目标定为", "宏观调控目标", "预定", "计划", "预期为", "定为",
    ]);

    /// <summary>Words where a phrase read after a number stops: function words, verbs, adverbs.</summary>
    public static readonly WordSet RightStopWords = new([
        "的", "和", "及", "与", "在", "向", "对", "被", "将", "已", "均", "都", "也", "并", "或", "进行", "实现", "获评",
        "入选", "入围", "建成", "完成", "竣工", "完工", "投用", "投产", "开工", "上市", "提前", "全部", "率先", "顺利",
        "相继", "基本", "正式", "首次", "提供", "获得", "获", "达到", "达", "纳入", "认定", "通过", "列入",
        "成功", "荣获", "累计", "同比", "增长", "下降", "共", "免费", "同时", "全面", "参与", "开展", "发放", "办理", "享受", "获得", "落户", "入驻", "签约", "即将", "依次", "持续", "不断", "获批", "落地", "投入",
    ]);

    /// <summary>Phrases that stand for the indicator of the claim before them (总数突破1800家).</summary>
    public static readonly WordSet GenericSubjects = new(["总数", "总量", "总额", "总计", "累计", "规模", "其中", "增速", "增幅", "年均", "总规模", "数量", "占比"]);

    /// <summary>Directions without a number (claims.md): the word that moves the number, and whether it falls.</summary>
    public static readonly WordList<bool> DirectionWords = new(
    [
        ("双下降", true), ("双降", true), ("正增长", false), ("稳中有升", false), ("两位数增长", false), ("减排", true),
        ("下降", true), ("减少", true), ("降低", true), ("缩小", true), ("增长", false), ("提升", false), ("提高", false),
        ("上升", false), ("扩大", false), ("加大", false), ("回升", false), ("回落", true), ("持平", false),
    ]);

    /// <summary>What stands between a subject and 持平: 居民消费价格与上年持平 is a change of 0.</summary>
    public static readonly WordSet FlatComparisons = new(["与上年", "与去年", "同比", "比上年", "较上年", "基本", "总体", "大体", "保持", "与上年基本", "同比基本"]);

    /// <summary>Directions that name a measurable change whatever their subject.</summary>
    public static readonly WordSet StrongDirections = new(["双下降", "双降", "正增长", "稳中有升", "两位数增长", "减排"]);

    /// <summary>Adverbs between a subject and its direction word.</summary>
    public static readonly WordSet DirectionAdverbs = new([
        "持续", "不断", "稳步", "稳定", "逐步", "实现", "保持", "继续", "有所", "进一步", "率先", "明显", "大幅", "显著",
        "均", "都", "全面", "较快", "快速", "平稳", "稳中", "确保", "力争", "努力", "逐年", "同比",
    ]);

    /// <summary>Endings of subjects that can rise or fall.</summary>
    public static readonly WordSet MeasurableEndings = new([
        "率", "数", "量", "额", "值", "收入", "能耗", "排放", "浓度", "比例", "比重", "占比", "规模", "投资", "产值",
        "消费", "产量", "水平", "指数", "污染物", "效益", "利润", "税收", "外资", "出口", "进口", "经费", "支出", "价格",
        "密度", "面积", "人数", "起数", "强度", "总额", "差距", "收入比", "耗", "投入",
    ]);

    /// <summary>Words before a number that make it an ordinal, a streak or a lead time (claims.md, not claims).</summary>
    public static readonly WordSet NotClaimBefore = new(["第", "连续", "提前", "每", "以下", "排名", "位列", "位居", "跻身", "top", "Top", "TOP", "No."]);

    /// <summary>Words after a number-with-unit that make it a name or rank: 四项第一, 10条政策.</summary>
    public static readonly WordSet NotClaimAfter = new(["第", "强", "方面", "会议", "全会", "全体会议", "届", "国集团"]);

    /// <summary>Words that mark a sentence as a goal when no heading says so.</summary>
    public static readonly WordSet PlanWords = new(["力争", "争取", "今年", "明年", "预期目标", "目标是", "计划到", "将", "要把", "努力把", "力求"]);

    public static readonly WordSet AspirationWords = new(["力争", "争取"]);

    /// <summary>What the quantity's clause stops being about: a place or a comparison (在前几年…, 较上年…).</summary>
    /// <summary>A whole that a share is taken of, between a bound and its fraction: 接近全国十分之一.</summary>
    public static readonly WordSet ReferenceWords = new(["全国的", "全省的", "全市的", "全球的", "全国", "全省", "全市", "全球", "全区"]);

    /// <summary>What a numbered package of rules is called: 出台10条重磅政策 names it, not measures.</summary>
    public static readonly WordSet PolicyWords = new(["政策", "措施", "举措", "意见", "规定", "办法", "条例", "细则", "清单"]);

    /// <summary>Where the subject of a clause ends and its predicate begins.</summary>
    public static readonly WordSet ClauseVerbs = new(["实现", "达到", "保持", "持续", "不断", "稳步", "显著", "大幅", "明显", "继续", "进一步"]);

    public static readonly WordSet LandmarkWords = new(["台阶", "大关", "关口"]);

    public static bool EndsWithAny(ReadOnlySpan<char> text, WordSet words, out int length)
    {
        length = words.LongestSuffix(text);
        return length > 0;
    }

    public static bool StartsWithAny(ReadOnlySpan<char> text, WordSet words, out int length)
    {
        length = words.LongestPrefix(text);
        return length > 0;
    }

    public static bool ContainsAny(ReadOnlySpan<char> text, WordSet words) => words.Occurs(text);
}
