using System.Buffers;
using System.Text;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Reads the claims of one document, sentence by sentence: finds the quantities, drops the
/// numbers that name rather than measure, and gives every remaining number its indicator,
/// measure, bound, kind and year. One instance reads one document; it is not shared.
/// </summary>
internal sealed class ClaimReader
{
    private static readonly WordSet OtherVerbs = new(["实现", "达到", "达", "保持", "增长", "下降", "提升", "提高", "已", "接入", "有", "是", "占"]);
    private static readonly WordSet ComparisonWords = new(["比上年", "较上年", "同比", "比去年", "较去年", "比年初", "较年初"]);
    /// <summary>What <see cref="Phrase"/> takes out of an indicator: spaces, line breaks, emphasis, full-width letters and digits.</summary>
    private static readonly SearchValues<char> PhraseNoise = SearchValues.Create(" \t\r\n\u00A0\u3000\u200B\uFEFF*０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");
    private static readonly SearchValues<char> AndWords = SearchValues.Create("和及与");
    private static readonly WordSet ShiftWords = new(["向", "从", "由"]);
    private static readonly WordSet DoneWords = new(["完成", "实现了"]);
    private static readonly UnitDefinition PeopleUnit = new("人", "人", 1, UnitKind.People);
    private static readonly UnitDefinition HouseholdUnit = new("户", "户", 1, UnitKind.People);
    private static readonly UnitDefinition MoneyUnit = new("元", "元", 1, UnitKind.Money);

    /// <summary>Sentences longer than this are read in pieces (at a comma where one comes soon).</summary>
    private const int MaxSentence = 1024;

    private readonly NormalizedText _doc;
    private readonly string _t;
    private readonly IndicatorCatalog _catalog;
    private readonly WordSet _stripPrefixes;
    private readonly string _region;
    private readonly int _reportYear;
    private readonly List<Claim> _claims;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Found> _found = [];
    private readonly List<(int Start, int End)> _subjects = [];
    private Paragraph _paragraph;

    // Where the sentence being read says 力争/争取 (a goal) and a word of plans, or int.MaxValue.
    private int _aspirationAt;
    private int _planWordAt;

    public ClaimReader(NormalizedText doc, IndicatorCatalog catalog, WordSet stripPrefixes, string region, int reportYear, List<Claim> claims, List<Diagnostic> diagnostics)
    {
        _stripPrefixes = stripPrefixes;
        _doc = doc;
        _t = doc.Text;
        _catalog = catalog;
        _region = region;
        _reportYear = reportYear;
        _claims = claims;
        _diagnostics = diagnostics;
    }

    public void Read(Paragraph paragraph)
    {
        if (paragraph.IsHeading)
        {
            return;
        }

        _paragraph = paragraph;
        var s = paragraph.ContentStart;
        while (s < paragraph.End)
        {
            var length = _t.AsSpan(s, paragraph.End - s).IndexOfAny(SentenceEnds);
            var e = length < 0 ? paragraph.End : s + length;
            if (e - s > MaxSentence)
            {
                // No report writes a sentence this long: a run-on input is read in pieces (at a
                // comma where one comes soon), which keeps the work per character bounded.
                var comma = _t.AsSpan(s + MaxSentence, Math.Min(MaxSentence, e - s - MaxSentence)).IndexOf('，');
                e = comma < 0 ? s + 2 * MaxSentence < e ? s + 2 * MaxSentence : e : s + MaxSentence + comma;
                ReadSentence(s, e);
                s = e;
                continue;
            }

            if (e - s >= 2)
            {
                ReadSentence(s, e);
            }

            s = e + 1;
        }
    }

    private static readonly SearchValues<char> SentenceEnds = SearchValues.Create("。！？；\n");

    private void ReadSentence(int s, int e)
    {
        var first = _claims.Count;
        _aspirationAt = FindAspiration(s, e);
        _planWordAt = _paragraph.Role == SectionRole.Unknown ? PlanWordAt(s, e) : int.MaxValue;
        FindQuantities(s, e);
        if (_found.Count > 0)
        {
            MarkRanges();
            MarkThresholds(e);
            EmitNumericClaims(s, e);
        }

        ReadDirections(s, e);
        OrderByStart(first);
    }

    /// <summary>
    /// Puts the claims of the sentence just read in document order; stable, so the subjects of one
    /// shared value keep their order. Sentences hold few claims: an insertion sort is the fastest.
    /// </summary>
    private void OrderByStart(int first)
    {
        for (var i = first + 1; i < _claims.Count; i++)
        {
            var claim = _claims[i];
            var j = i - 1;
            while (j >= first && _claims[j].Start > claim.Start)
            {
                _claims[j + 1] = _claims[j];
                j--;
            }

            _claims[j + 1] = claim;
        }
    }

    // ---- Finding quantities -------------------------------------------------------------

    /// <summary>Characters where a quantity or a quoted name can begin; everything else is skipped in bulk.</summary>
    private static readonly SearchValues<char> QuantityOrQuote = SearchValues.Create("0123456789零〇一二两三四五六七八九十百千万亿“「『《‘");

    private void FindQuantities(int s, int e)
    {
        _found.Clear();
        var i = s;
        while (i < e)
        {
            var skip = _t.AsSpan(i, e - i).IndexOfAny(QuantityOrQuote);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = _t[i];
            if (c is '“' or '「' or '『' or '《' or '‘')
            {
                var close = _t.IndexOf(Closing(c), i + 1, e - i - 1);
                if (close > 0)
                {
                    // Numbers inside quotes are names and slogans: “532”发展战略, “1+8”行动.
                    i = close + 1;
                    continue;
                }

                i++;
                continue;
            }

            if (i > s && IsCodeChar(_t[i - 1]) && CharClass.IsAsciiDigit(c))
            {
                // PM2.5, G60, 5.1.2: part of a code, skip the whole run.
                while (i < e && (CharClass.IsAsciiAlnum(_t[i]) || _t[i] == '.'))
                {
                    i++;
                }

                continue;
            }

            if (!QuantityParser.TryParse(_t, i, e, out var q))
            {
                i++;
                continue;
            }

            var found = new Found { Q = q, Unit = q.Unit, ConsumedEnd = q.End };
            found.IsClaim = Qualifies(ref found, s, e);

            // A Chinese numeral that measures nothing (一批, 三大) plays no part in what follows.
            if (found.IsClaim || !q.Chinese || q.Unit is not null)
            {
                _found.Add(found);
            }

            i = Math.Max(q.End, i + 1);
        }
    }

    private static char Closing(char open) => open switch
    {
        '“' => '”',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        _ => '’',
    };

    private static bool IsCodeChar(char c) => CharClass.IsAsciiLetter(c) || c is '_' or '.' or '-' or '/' || CharClass.IsAsciiDigit(c);

    /// <summary>Decides whether a quantity measures something (claims.md, "Not claims").</summary>
    private bool Qualifies(ref Found f, int s, int e)
    {
        var q = f.Q;

        // Most Chinese numerals in a report are words (一批, 进一步, 三大): settle them first, cheaply.
        if (q.Chinese && (q.Value < 2 || (q.Unit is null && (f.Unit = InferUnit(q, e)) is null)))
        {
            return false;
        }

        // 第3位, 连续10年, 提前两个月; 四项第一, 三次会议.
        if (Lexicon.NotClaimBefore.LongestSuffix(_t.AsSpan(s, q.Start - s)) > 0
            || Lexicon.NotClaimAfter.LongestPrefix(_t.AsSpan(q.End, e - q.End)) > 0)
        {
            return false;
        }

        // A Latin letter right after the number makes it a name (5G, 3D) unless it is the unit (100P).
        if (q.Unit is null && q.End < e && CharClass.IsAsciiLetter(_t[q.End]))
        {
            return false;
        }

        // No unit written: 迈上万亿台阶 (money), 1.9万困难老年人 (people), 上千万家庭 (households).
        if (q.Unit is null && !q.Ratio)
        {
            f.Unit = InferUnit(q, e);
        }

        if (q.Chinese)
        {
            // 一个, 一项, 一批: a single thing is a phrase of speech, not a figure; 五个一 is a slogan.
            if (q.End < e && _t[q.End] == '一')
            {
                return false;
            }

            if (q.Value < 2 || f.Unit is null || f.Unit.Kind is UnitKind.Rate && f.Unit.Base != "%")
            {
                return false;
            }
        }

        if (q.Ratio)
        {
            return true;
        }

        if (q.Unit is { } unit && !IsMeasuringUse(q, unit, e))
        {
            return false;
        }

        if (f.Unit is not null)
        {
            return q.Value > 0 || f.Unit.Kind == UnitKind.Rate;
        }

        if (CharClass.IsAsciiDigit(_t[q.Start]) && !(q.End < e && _t[q.End] is '年' or '月' or '日' or '号'))
        {
            _diagnostics.Add(new Diagnostic("PW001", _doc.ToOriginal(q.Start), _doc.ToOriginal(q.Start, q.End).End, "number without a unit, not read as a claim"));
        }

        return false;
    }

    /// <summary>The unit a number without one takes from what follows it.</summary>
    private UnitDefinition? InferUnit(in Quantity q, int e)
    {
        if (StartsWithAny(q.End, e, Lexicon.LandmarkWords) || (q.End + 1 < e && _t[q.End] == '元' && StartsWithAny(q.End + 1, e, Lexicon.LandmarkWords)))
        {
            if (q.Value >= 1e8)
            {
                return MoneyUnit;
            }

            return null;
        }

        if (q.HasMultiplier || q.Value >= 10)
        {
            if (q.End + 1 < e && _t[q.End] == '家' && _t[q.End + 1] == '庭')
            {
                return HouseholdUnit;
            }

            var limit = Math.Min(e, q.End + 8);
            for (var k = q.End; k < limit; k++)
            {
                var c = _t[k];
                if (!CharClass.IsHan(c) || c is '的' or '和' or '以' or '岁' or '及')
                {
                    break;
                }

                if (c == '人' && k > q.End && (k + 1 >= e || !"才员口民制均大群们工".Contains(_t[k + 1])))
                {
                    return PeopleUnit;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Numbers that describe rather than count: a policy package (出台10条重磅政策), a size class
    /// (万吨级), a radius (1公里充电服务圈), an attribute (总投资超30亿元的…基地).
    /// </summary>
    private bool IsMeasuringUse(in Quantity q, UnitDefinition unit, int e)
    {
        var after = q.End;
        if (Lexicon.BoundAfter.MatchAt(_t, after, e, out var boundWord, out _))
        {
            after += boundWord.Length;
        }

        if (after >= e)
        {
            return true;
        }

        if (unit.Written is "条" or "项")
        {
            var limit = Math.Min(e, after + 8);
            for (var k = after; k < limit && CharClass.IsHan(_t[k]); k++)
            {
                if (StartsWithAny(k, limit, Lexicon.PolicyWords))
                {
                    return false;
                }
            }
        }

        // Ages define groups (65岁及以上老年人) more often than they measure.
        if (unit.Base == "岁" && (after != q.End || CharClass.IsHan(_t[after])))
        {
            return false;
        }

        if (unit.Kind is UnitKind.Amount or UnitKind.Money or UnitKind.Rate && _t[after] == '的')
        {
            return false;
        }

        if (unit.Kind == UnitKind.Amount && CharClass.IsHan(_t[after]))
        {
            if (_t[after] == '级')
            {
                return false;
            }

            for (var k = after; k < Math.Min(e, after + 8) && CharClass.IsHan(_t[k]); k++)
            {
                if (_t[k] == '圈')
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>5%—5.5%, 5到5.5%: the low end asks at least, the high end at most.</summary>
    private void MarkRanges()
    {
        for (var k = 0; k + 1 < _found.Count; k++)
        {
            var a = _found[k];
            var b = _found[k + 1];
            var gap = _t.AsSpan(a.Q.End, Math.Max(0, b.Q.Start - a.Q.End));
            if (gap is "—" or "–" or "-" or "~" or "至" or "到" or "——" && b.IsClaim && (a.IsClaim || a.Q.Unit is null))
            {
                a.Unit ??= b.Unit;
                a.IsClaim = a.Unit is not null && (a.Q.Value > 0 || a.Unit.Kind == UnitKind.Rate);
                a.RangeBound = Bound.AtLeast;
                b.RangeBound = Bound.AtMost;
                _found[k] = a;
                _found[k + 1] = b;
            }
        }
    }

    /// <summary>
    /// Thresholds that define a class of things are part of the indicator (claims.md):
    /// in 新增总投资超10亿元项目46个 the claim is 46个.
    /// </summary>
    private void MarkThresholds(int e)
    {
        for (var k = 0; k < _found.Count; k++)
        {
            var f = _found[k];
            if (!f.IsClaim || f.Unit is null)
            {
                continue;
            }

            // Counts are thresholds only as kinds: 两项补贴资金等6527.6万元, 18个大类60项举措.
            var isCount = f.Unit.Kind == UnitKind.Count;
            if (isCount && !(f.Q.End < e && CharClass.IsHan(_t[f.Q.End])))
            {
                continue;
            }

            var nounChars = 0;
            var j = f.Q.End;
            var next = k + 1;
            var horizon = Math.Min(e, f.Q.End + 40);
            while (j < horizon)
            {
                var c = _t[j];
                if (c == '、' || CharClass.IsClauseBreak(c) || (isCount && c is '和' or '及' or '与'))
                {
                    break;
                }

                if (next < _found.Count && _found[next].Q.Start == j)
                {
                    if (nounChars == 0)
                    {
                        // 超10亿元或1亿美元项目: alternatives of one threshold.
                        j = _found[next].Q.End;
                        next++;
                        continue;
                    }

                    var kinds = isCount && (f.Q.Chinese || nounChars <= 3);
                    if (_found[next].IsClaim && (!isCount || kinds))
                    {
                        f.IsThreshold = true;
                        f.IsClaim = false;
                        _found[k] = f;
                    }

                    break;
                }

                // 从180万元增加到590万元: a change between two values, not a class.
                if (Lexicon.ChangeVerbs.MatchAt(_t, j, e, out _, out _) || c is '到' or '至' || StartsWithAny(j, e, Lexicon.AddedVerbs))
                {
                    break;
                }

                if (CharClass.IsHan(c) && !"或及以上下的和与".Contains(c))
                {
                    nounChars++;
                }

                j++;
            }
        }
    }

    // ---- Numeric claims -----------------------------------------------------------------

    private void EmitNumericClaims(int s, int e)
    {
        string? previousIndicator = null;
        var previousIndicatorStart = s;
        Measure? previousMeasure = null;
        var previousFalls = false;
        var previousClauseStart = -1;
        var lastConsumed = s;

        for (var k = 0; k < _found.Count; k++)
        {
            var f = _found[k];
            if (!f.IsClaim)
            {
                continue;
            }

            ReadBounds(ref f, s, e);
            _found[k] = f;

            var clauseStart = ClauseStart(f.Q.Start, s);
            var clauseEnd = ClauseEnd(f.Q.End, e);
            if (clauseStart != previousClauseStart)
            {
                lastConsumed = clauseStart;
            }

            // 分别: one value per subject, in order.
            if (TryDistribute(k, clauseStart, clauseEnd, s, out var used, ref previousIndicator, ref previousMeasure))
            {
                k += used - 1;
                lastConsumed = _found[k].ConsumedEnd;
                previousClauseStart = clauseStart;
                previousIndicatorStart = clauseStart;
                continue;
            }

            var numberStart = f.Before is not null ? f.BeforeStart : f.Q.Start;
            var leftStart = Math.Max(lastConsumed, clauseStart);
            var carried = false;
            var sharedRate = f.Unit?.Kind == UnitKind.Rate && SplitSharedSubjects(leftStart, numberStart);

            string indicator;
            var textStart = clauseStart;
            if (sharedRate)
            {
                indicator = "";
            }
            else
            {
                var nounFrom = f.ConsumedEnd;
                if (f.RangeBound == Bound.AtLeast && k + 1 < _found.Count)
                {
                    var high = _found[k + 1];
                    ReadBounds(ref high, s, e);
                    nounFrom = high.ConsumedEnd;
                }

                // The thing counted follows its count (新建26个公交候车亭); other amounts follow their subject.
                var right = RightNoun(nounFrom, clauseEnd, f);
                var counted = f.Unit?.Kind is UnitKind.Count or UnitKind.People;
                var (a, b) = counted && right.End > right.Start ? right : CleanPhrase(leftStart, numberStart);
                if (b <= a && right.End > right.Start && !StartsWithAny(right.Start, right.End, Lexicon.LandmarkWords))
                {
                    (a, b) = right;
                }

                indicator = b > a ? Canonical(a, b) : "";
                if (f.RangeBound == Bound.AtMost && previousIndicator is not null && k > 0 && _found[k - 1].RangeBound == Bound.AtLeast)
                {
                    indicator = previousIndicator;
                }
                else if (previousIndicator is not null && Lexicon.AddedVerbs.Contains(indicator))
                {
                    // 新改扩建中小学43所，竣工17所: the verb says what happened to the same things.
                    indicator = previousIndicator + indicator;
                }

                if (indicator.Length == 0 && previousIndicator is null && clauseStart > s)
                {
                    indicator = SubjectOfPreviousClause(s, clauseStart);
                    textStart = ClauseStart(clauseStart - 1, s);
                }

                if (indicator.Length == 0 || Lexicon.GenericSubjects.Contains(indicator))
                {
                    if (previousIndicator is not null)
                    {
                        indicator = previousIndicator;
                        carried = true;
                        textStart = Math.Min(textStart, previousIndicatorStart);
                    }
                }
                else if (indicator[0] == '占' && previousIndicator is not null)
                {
                    indicator = previousIndicator + indicator;
                }
            }

            var isRangeHigh = f.RangeBound == Bound.AtMost && k > 0 && _found[k - 1].RangeBound == Bound.AtLeast && previousMeasure is not null;
            var measure = DecideMeasure(f, clauseStart, numberStart, clauseEnd, indicator,
                carryAdded: previousMeasure == Measure.Added && clauseStart != previousClauseStart && f.ConsumedEnd == clauseEnd && f.Before is null && !HasVerb(clauseStart, numberStart),
                out var falls);
            if (isRangeHigh)
            {
                // 增长5%—5.5%: the high end shares the low end's verb.
                measure = previousMeasure!.Value;
                falls = previousFalls;
            }

            if (sharedRate)
            {
                foreach (var (a, b) in _subjects)
                {
                    var name = _catalog.Canonicalize(SubjectName(a, b));
                    AddClaim(f, s, textStart, clauseEnd, name, measure, falls);
                }

                indicator = _catalog.Canonicalize(SubjectName(_subjects[^1].Start, _subjects[^1].End));
            }
            else
            {
                AddClaim(f, s, textStart, clauseEnd, indicator.Length > 0 ? indicator : "未识别指标", measure, falls);
            }

            if (!carried)
            {
                previousIndicatorStart = clauseStart;
            }

            previousIndicator = indicator.Length > 0 ? indicator : previousIndicator;
            previousMeasure = measure;
            previousFalls = falls;
            previousClauseStart = clauseStart;
            lastConsumed = f.ConsumedEnd;
        }
    }

    /// <summary>
    /// The subject of the clause before, when this one has none and no claim came before it:
    /// 上市企业数量实现里程碑式跨越，累计突破100家.
    /// </summary>
    private string SubjectOfPreviousClause(int s, int clauseStart)
    {
        var previousStart = ClauseStart(clauseStart - 1, s);
        var end = clauseStart - 1;
        foreach (var verb in Lexicon.ClauseVerbs.Words)
        {
            var at = _t.IndexOf(verb, previousStart, end - previousStart, StringComparison.Ordinal);
            if (at > previousStart && at < end)
            {
                end = at;
            }
        }

        var (a, b) = CleanPhrase(previousStart, end);
        return b - a >= 2 && Measurable(a, b) ? Canonical(a, b) : "";
    }

    private void ReadBounds(ref Found f, int s, int e)
    {
        var q = f.Q;
        if (Lexicon.BoundAfter.MatchAt(_t, q.End, e, out var after, out var afterBound))
        {
            f.After = afterBound;
            f.ConsumedEnd = q.End + after.Length;
        }

        var boundEnd = q.Start;
        foreach (var reference in Lexicon.ReferenceWords.Words)
        {
            if (boundEnd - reference.Length >= s && string.CompareOrdinal(_t, boundEnd - reference.Length, reference, 0, reference.Length) == 0)
            {
                boundEnd -= reference.Length;
                break;
            }
        }

        if (Lexicon.BoundBefore.MatchBefore(_t, s, boundEnd, out var before, out var beforeBound)
            || (boundEnd != q.Start && Lexicon.BoundBefore.MatchBefore(_t, s, boundEnd = q.Start, out before, out beforeBound)))
        {
            // 上 of 上千万 bounds a bare Chinese amount only; 破 alone only after 首/突.
            f.Before = beforeBound;
            f.BeforeStart = boundEnd - before.Length;
        }
        else if (q.Chinese && q.Start > s && _t[q.Start - 1] == '上')
        {
            f.Before = Bound.AtLeast;
            f.BeforeStart = q.Start - 1;
        }
    }

    private Bound DecideBound(in Found f)
    {
        if (f.RangeBound is { } range)
        {
            return range;
        }

        if (f.After is { } after)
        {
            return after;
        }

        if (f.Before is { } before)
        {
            return before;
        }

        return f.Q.MoreThan ? Bound.MoreThan : Bound.Equal;
    }

    /// <summary>claims.md, "How to tell the measures apart": the first rule that fits.</summary>
    private Measure DecideMeasure(in Found f, int clauseStart, int numberStart, int clauseEnd, string indicator, bool carryAdded, out bool falls)
    {
        falls = false;
        var kind = f.Unit?.Kind ?? UnitKind.Count;
        var p = numberStart;
        if (p > clauseStart && _t[p - 1] == '了')
        {
            p--;
        }

        // Rule 1: a change against the previous period, unless 提高到/增至 give the new value.
        var toWord = false;
        foreach (var w in Lexicon.ToWords.Words)
        {
            if (p - w.Length >= clauseStart && string.CompareOrdinal(_t, p - w.Length, w, 0, w.Length) == 0)
            {
                toWord = Lexicon.ChangeVerbs.MatchBefore(_t, clauseStart, p - w.Length, out _, out _);
                break;
            }
        }

        if (!toWord && Lexicon.ChangeVerbs.MatchBefore(_t, clauseStart, p, out var verb, out var fall))
        {
            var isPlainIncrease = verb is "增加" or "增";
            if (!isPlainIncrease || kind == UnitKind.Rate || HasComparison(clauseStart, p))
            {
                falls = fall;
                return Measure.Growth;
            }
        }

        if (!toWord && f.Unit?.Base == "个百分点")
        {
            return Measure.Growth;
        }

        // Rule 2: running totals, money, rates and concentrations are levels.
        if (ContainsAny(clauseStart, numberStart, Lexicon.TotalWords) || kind is UnitKind.Money or UnitKind.Rate || f.Q.Ratio)
        {
            return Measure.Level;
        }

        // Rule 3: things or people that an action of the period acted on.
        if (ContainsAny(clauseStart, numberStart, Lexicon.AddedVerbs)
            || ContainsAny(f.ConsumedEnd, clauseEnd, Lexicon.AddedVerbs)
            || indicator.Contains("新增", StringComparison.Ordinal)
            || carryAdded)
        {
            return Measure.Added;
        }

        return Measure.Level;
    }

    private void AddClaim(in Found f, int sentenceStart, int textStart, int clauseEnd, string indicator, Measure measure, bool falls)
    {
        var (kind, year) = KindAndYear(sentenceStart, f.Q.Start);
        var bound = DecideBound(f);
        var value = RoundValue(f.Q.Value * (f.Unit is not null && f.Unit != f.Q.Unit ? f.Unit.Factor : 1));
        if (falls)
        {
            value = -value;
            bound = ContractNames.Mirror(bound);
        }

        var (start, end) = _doc.ToOriginal(f.Q.Start, f.Q.End);
        var (textFrom, textTo) = _doc.ToOriginal(textStart, clauseEnd);
        _claims.Add(new Claim
        {
            Kind = kind,
            Year = year,
            Region = _region,
            Indicator = indicator,
            Measure = measure,
            Op = bound,
            Value = value,
            Unit = f.Q.Ratio ? "" : f.Unit?.Base ?? "",
            Text = _doc.Original[textFrom..textTo],
            Start = start,
            End = end,
            Aspirational = _aspirationAt < f.Q.Start,
            Section = _paragraph.Section,
        });
    }

    private (ClaimKind Kind, int Year) KindAndYear(int sentenceStart, int at)
    {
        // A year written with the number (到2023年的590万元, 2023年督办26件) is the claim's own.
        if ((StatedYear(ClauseStart(at, sentenceStart), at) ?? LeadingTimeClauseYear(sentenceStart, at)) is { } stated)
        {
            return stated < _reportYear ? (ClaimKind.Outcome, stated) : (ClaimKind.Target, stated);
        }

        var role = _paragraph.Role;
        if (role == SectionRole.Unknown)
        {
            role = _planWordAt < at && !ContainsAny(sentenceStart, at, DoneWords)
                ? SectionRole.Plan
                : SectionRole.Review;
            return role == SectionRole.Plan ? (ClaimKind.Target, _reportYear) : (ClaimKind.Outcome, _paragraph.Year);
        }

        return role == SectionRole.Plan ? (ClaimKind.Target, _paragraph.Year) : (ClaimKind.Outcome, _paragraph.Year);
    }

    /// <summary>到2025年，…; 截至2023年底，…: a short opening clause that dates the sentence.</summary>
    private int? LeadingTimeClauseYear(int sentenceStart, int at)
    {
        var end = ClauseEnd(sentenceStart, at);
        return end < at && end - sentenceStart <= 10 ? StatedYear(sentenceStart, end) : null;
    }

    /// <summary>
    /// A year that dates the clause: at its start (2023年督办26件), after 到/至/截至 (到2025年), or
    /// before 的/底/末 (2023年的590万元). Not a comparison base (比2019年) nor a name (2022年度…奖).
    /// </summary>
    private int? StatedYear(int clauseStart, int at)
    {
        int? found = null;
        for (var i = clauseStart; i + 5 <= at; i++)
        {
            if (!CharClass.IsAsciiDigit(_t[i]) || (i > 0 && CharClass.IsAsciiDigit(_t[i - 1])) || _t[i + 4] != '年' || RoleCues.FindYear(_t.AsSpan(i, 5)) is not { } year)
            {
                continue;
            }

            var next = i + 5 < at ? _t[i + 5] : '\0';
            var previous = i > clauseStart ? _t[i - 1] : '\0';
            if (next == '度' || previous is '比' or '较' or '于' or '从' || (i >= 2 && _t[i - 2] == '从'))
            {
                continue;
            }

            if (i == clauseStart || next is '的' or '底' or '末' or '，' or '\0' || previous is '到' or '至' || (i >= 2 && _t.AsSpan(i - 2, 2) is "截至" or "截止"))
            {
                found = year;
            }
        }

        return found;
    }

    private int PlanWordAt(int s, int e)
    {
        var at = Lexicon.PlanWords.IndexIn(_t.AsSpan(s, e - s));
        return at < 0 ? int.MaxValue : s + at;
    }

    /// <summary>Where 力争 or 争取 sets a goal in the sentence; 争取上级资金 obtains money, it does not aim.</summary>
    private int FindAspiration(int a, int b)
    {
        var first = int.MaxValue;
        foreach (var word in Lexicon.AspirationWords.Words)
        {
            for (var at = _t.IndexOf(word, a, Math.Max(0, b - a), StringComparison.Ordinal); at >= 0; at = _t.IndexOf(word, at + 1, Math.Max(0, b - at - 1), StringComparison.Ordinal))
            {
                var next = at + word.Length;
                if (word == "争取" && next < b && "上中省国资专项政债各".Contains(_t[next]))
                {
                    continue;
                }

                first = Math.Min(first, at);
                break;
            }
        }

        return first;
    }

    private static double RoundValue(double v)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v))
        {
            return v;
        }

        var digits = 12 - (int)Math.Floor(Math.Log10(Math.Abs(v))) - 1;
        return digits is >= 0 and <= 15 ? Math.Round(v, digits) : v;
    }

    // ---- 分别 and shared subjects -------------------------------------------------------

    /// <summary>
    /// 生产安全事故起数、死亡人数分别下降17.7%、26.8% → one growth claim per indicator, in order.
    /// </summary>
    private bool TryDistribute(int k, int clauseStart, int clauseEnd, int s, out int used, ref string? previousIndicator, ref Measure? previousMeasure)
    {
        used = 0;
        var first = _found[k];
        var respectively = _t.LastIndexOf("分别", first.Q.Start, first.Q.Start - clauseStart + 1, StringComparison.Ordinal);
        if (respectively < 0)
        {
            return false;
        }

        // The values: this one and the claims that follow it joined by 、 和 及 与.
        var count = 1;
        var prevEnd = first.Q.End;
        for (var j = k + 1; j < _found.Count; j++)
        {
            var next = _found[j];
            if (!next.IsClaim || next.Q.Start >= clauseEnd)
            {
                break;
            }

            var gapStart = _found[j - 1].Q.End;
            var gap = _t.AsSpan(gapStart, next.Q.Start - gapStart);
            if (gap is not ("、" or "和" or "及" or "与" or "，"))
            {
                break;
            }

            count++;
            prevEnd = next.Q.End;
        }

        if (count < 2 || !SplitSubjects(clauseStart, respectively, count))
        {
            return false;
        }

        var predicateStart = respectively + 2;
        for (var j = 0; j < count; j++)
        {
            var f = _found[k + j];
            ReadBounds(ref f, s, clauseEnd);
            f.Unit ??= _found[k + count - 1].Unit;
            _found[k + j] = f;
        }

        var lastUnit = _found[k + count - 1].Unit;
        for (var j = 0; j < count; j++)
        {
            var f = _found[k + j];
            f.Unit ??= lastUnit;
            var measure = DecidePredicateMeasure(f, predicateStart, first.Q.Start, clauseEnd, clauseStart, out var falls);
            var (a, b) = _subjects[j];
            var name = _catalog.Canonicalize(CompleteShortSubject(a, b));
            AddClaim(f, s, clauseStart, clauseEnd, name, measure, falls);
            previousIndicator = name;
            previousMeasure = measure;
        }

        used = count;
        return true;
    }

    /// <summary>The measure of values after 分别, read from the words between 分别 and the first value.</summary>
    private Measure DecidePredicateMeasure(in Found f, int predicateStart, int firstValue, int clauseEnd, int clauseStart, out bool falls)
    {
        falls = false;
        var span = _t.AsSpan(predicateStart, Math.Max(0, firstValue - predicateStart));
        if (Lexicon.ChangeVerbs.MatchAt(_t, predicateStart, firstValue, out var verb, out var fall))
        {
            var rest = span[verb.Length..];
            var to = rest.StartsWith("至", StringComparison.Ordinal) || rest.StartsWith("到", StringComparison.Ordinal) || rest.StartsWith("为", StringComparison.Ordinal);
            if (!to && (verb is not ("增加" or "增") || f.Unit?.Kind == UnitKind.Rate))
            {
                falls = fall;
                return Measure.Growth;
            }
        }

        return DecideMeasure(f, clauseStart, firstValue, clauseEnd, "", carryAdded: false, out falls);
    }

    /// <summary>Splits the subjects before 分别 into exactly <paramref name="count"/> phrases.</summary>
    private bool SplitSubjects(int start, int end, int count)
    {
        _subjects.Clear();
        var (a, b) = CleanPhrase(start, end, keepList: true);
        if (b <= a)
        {
            return false;
        }

        Split(a, b, "、");
        if (_subjects.Count != count)
        {
            _subjects.Clear();
            Split(a, b, "、和及与");
        }

        if (_subjects.Count != count)
        {
            return false;
        }

        for (var j = 0; j < _subjects.Count; j++)
        {
            var (x, y) = _subjects[j];
            _subjects[j] = CleanPhrase(x, y);
            if (_subjects[j].End <= _subjects[j].Start)
            {
                return false;
            }
        }

        return true;
    }

    private void Split(int a, int b, string separators)
    {
        var from = a;
        for (var i = a; i <= b; i++)
        {
            if (i == b || separators.Contains(_t[i]))
            {
                if (i > from)
                {
                    _subjects.Add((from, i));
                }

                from = i + 1;
            }
        }
    }

    /// <summary>
    /// A rate shared by a list of subjects: 低保对象、困境儿童、困难残疾人保障率100% → three claims
    /// (claims.md, "One statement, several claims").
    /// </summary>
    private bool SplitSharedSubjects(int leftStart, int numberStart)
    {
        var (a, b) = CleanPhrase(leftStart, numberStart, keepList: true);
        if (b <= a || _t.IndexOf('、', a, b - a) < 0)
        {
            return false;
        }

        _subjects.Clear();
        Split(a, b, "、");
        if (_subjects.Count < 2)
        {
            return false;
        }

        for (var j = 0; j < _subjects.Count - 1; j++)
        {
            var (x, y) = _subjects[j];
            if (y - x > 8 || ContainsAny(x, y, Lexicon.AddedVerbs) || Lexicon.ChangeVerbs.MatchBefore(_t, x, y, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A subject of one or two characters borrows the rest of its name from the last subject.</summary>
    private string CompleteShortSubject(int a, int b)
    {
        var name = Phrase(a, b);
        var (la, lb) = _subjects[^1];
        if (a == la)
        {
            return name;
        }

        var last = Phrase(la, lb);
        return name.Length <= 2 && last.Length > name.Length + 2 ? name + last[name.Length..] : name;
    }

    /// <summary>
    /// The name of one subject of a shared list, completed with the head the last subject carries:
    /// 国、省考断面优III比例 → 国考断面优III比例; 农村生活污水治理、…覆盖率 → 农村生活污水治理覆盖率.
    /// </summary>
    private string SubjectName(int a, int b)
    {
        var name = Phrase(a, b);
        if (_subjects.Count < 2)
        {
            return name;
        }

        var (la, lb) = _subjects[^1];
        if (a == la)
        {
            return name;
        }

        var last = Phrase(la, lb);
        if (name.Length == 1 && last.Length > 1)
        {
            // 国、省考断面 → 国考断面.
            return name + last[1..];
        }

        string? head = null;
        if (last.EndsWith('率') && last.Length > 3)
        {
            head = last[^3..];
        }
        else if (last.Length > 2 && (last.EndsWith("比例", StringComparison.Ordinal) || last.EndsWith("比重", StringComparison.Ordinal) || last.EndsWith("占比", StringComparison.Ordinal)))
        {
            head = last[^2..];
        }

        return head is not null && !name.EndsWith(head[^1]) ? name + head : name;
    }

    // ---- Phrases ----------------------------------------------------------------------

    /// <summary>
    /// Trims a phrase before a number down to the indicator: drops the verbs and adverbs around it,
    /// keeps what follows 等 (examples before it), stops at a place or comparison (在…, 较上年).
    /// Returns the clean-text range; empty when nothing is left.
    /// </summary>
    private (int Start, int End) CleanPhrase(int a, int b, bool keepList = false)
    {
        for (var guard = 0; guard < 64; guard++)
        {
            while (a < b && (_t[a] is '、' or '，' or '：' or ' ' or '—' or '-' or '~' or '·' or '）' or '或' || (_t[a] == '（' && _t.IndexOf('）', a, b - a) < 0)))
            {
                a++;
            }

            while (b > a && _t[b - 1] is '、' or '，' or '：' or ' ' or '（' or '“')
            {
                b--;
            }

            if (b <= a)
            {
                return (a, a);
            }

            if (!keepList)
            {
                var example = _t.LastIndexOf('等', b - 1, b - a);
                if (example >= a)
                {
                    if (b - example - 1 >= 2)
                    {
                        a = example + 1;
                    }
                    else
                    {
                        b = example;
                    }

                    continue;
                }
            }

            if (b - a >= 2 && _catalog.Knows(_t.AsSpan(a, b - a)))
            {
                return (a, b);
            }

            // A year or the document's own region opening the phrase: 2024年常州市继续推动….
            var yearLength = LeadingYearLength(a, b);
            if (yearLength > 0)
            {
                a += yearLength;
                continue;
            }

            if (_region.Length > 0 && b - a > _region.Length && string.CompareOrdinal(_t, a, _region, 0, _region.Length) == 0)
            {
                a += _region.Length;
                continue;
            }

            var cut = CutAt(a, b);
            if (cut < b)
            {
                b = cut;
                continue;
            }

            var span = _t.AsSpan(a, b - a);
            if (Lexicon.StartsWithAny(span, Lexicon.LeadingWords, out var lead) && (lead < span.Length || IsOnlyPredicate(span)))
            {
                a += lead;
                continue;
            }

            if (Lexicon.StartsWithAny(span, _stripPrefixes, out lead) && lead < span.Length)
            {
                a += lead;
                continue;
            }

            var trailingYear = TrailingYearLength(a, b);
            if (trailingYear > 0)
            {
                b -= trailingYear;
                continue;
            }

            if (Lexicon.EndsWithAny(span, Lexicon.TrailingWords, out var trail) && (trail < span.Length || IsOnlyPredicate(span)))
            {
                b -= trail;
                continue;
            }

            return (a, b);
        }

        throw new InvalidOperationException("Phrase cleaning made no progress.");
    }

    /// <summary>The length of a year that opens a phrase: 2024年, 2022年度.</summary>
    private int LeadingYearLength(int a, int b)
    {
        if (b - a < 6 || !CharClass.IsAsciiDigit(_t[a]) || RoleCues.FindYear(_t.AsSpan(a, 5)) is null)
        {
            return 0;
        }

        var length = 5;
        if (a + length < b && _t[a + length] is '度' or '的' or '底' or '末')
        {
            length++;
        }

        return length;
    }

    /// <summary>The length of a year that closes a phrase: 增加到2023年(的).</summary>
    private int TrailingYearLength(int a, int b)
    {
        var end = b;
        if (end - a >= 6 && _t[end - 1] is '的' or '底' or '末')
        {
            end--;
        }

        if (end - a < 6 || _t[end - 1] != '年' || RoleCues.FindYear(_t.AsSpan(end - 5, 5)) is null || (end - 6 >= a && CharClass.IsAsciiDigit(_t[end - 6])))
        {
            return 0;
        }

        return b - (end - 5);
    }

    /// <summary>A phrase that is only a verb or connector (增长, 达): no subject of its own.</summary>
    private static bool IsOnlyPredicate(ReadOnlySpan<char> span) =>
        Lexicon.TrailingWords.Contains(span) || Lexicon.LeadingWords.Contains(span);

    /// <summary>Where a subject stops being the subject: 在前几年…, 较上年, 比上年, 同比.</summary>
    private int CutAt(int a, int b)
    {
        for (var i = a + 2; i < b; i++)
        {
            var c = _t[i];
            // 在前几年…的基础上, 在全省率先: a setting, not the subject (but 潜在, 所在, 正在 are words).
            if (c == '在' && i + 1 < b && "全前上去本年各我此这该今近过".Contains(_t[i + 1]) && !"潜存所现正实自内外健好".Contains(_t[i - 1]))
            {
                return i;
            }

            if (c == '从' && i + 1 < b && (CharClass.IsAsciiDigit(_t[i + 1]) || _t[i + 1] is '上' or '去'))
            {
                return i;
            }

            if (c == '又' && i + 1 < b && _t[i + 1] != '称')
            {
                return i;
            }

            if ((c is '较' or '比') && i + 2 <= b && (string.CompareOrdinal(_t, i + 1, "上年", 0, 2) == 0 || string.CompareOrdinal(_t, i + 1, "去年", 0, 2) == 0 || string.CompareOrdinal(_t, i + 1, "全省", 0, 2) == 0 || string.CompareOrdinal(_t, i + 1, "年初", 0, 2) == 0))
            {
                return i;
            }

            if (c == '同' && i + 1 < b && _t[i + 1] == '比')
            {
                return i;
            }
        }

        return b;
    }

    /// <summary>
    /// The thing counted, when it follows its number: 新建26个公交候车亭, 10家链主企业建成…,
    /// 为1.9万困难老年人提供…. Empty when the number is not followed by a noun.
    /// </summary>
    private (int Start, int End) RightNoun(int from, int clauseEnd, in Found f)
    {
        if (from >= clauseEnd)
        {
            return (from, from);
        }

        var c0 = _t[from];
        if (!(CharClass.IsHan(c0) || c0 == '“' || CharClass.IsAsciiAlnum(c0)))
        {
            return (from, from);
        }

        if (Lexicon.StartsWithAny(_t.AsSpan(from, clauseEnd - from), Lexicon.RightStopWords, out _))
        {
            return (from, from);
        }

        var j = from;
        var limit = Math.Min(clauseEnd, from + 16);
        while (j < limit)
        {
            var c = _t[j];
            if (c == '、' || CharClass.IsClauseBreak(c) || c == '，')
            {
                break;
            }

            if (j - from >= 2 && Lexicon.StartsWithAny(_t.AsSpan(j, clauseEnd - j), Lexicon.RightStopWords, out _))
            {
                break;
            }

            if (c == '“')
            {
                var close = _t.IndexOf('”', j + 1, limit - j - 1);
                if (close > 0)
                {
                    j = close + 1;
                    continue;
                }
            }

            if (j > from && CharClass.IsAsciiDigit(c) && !CharClass.IsAsciiDigit(_t[j - 1]))
            {
                break;
            }

            j++;
        }

        return j - from >= 2 ? (from, j) : (from, from);
    }

    private string Canonical(int a, int b) => _catalog.Canonicalize(Phrase(a, b));

    /// <summary>The original text of a clean range, without line breaks and spaces, digits folded.</summary>
    private string Phrase(int a, int b)
    {
        var (start, end) = _doc.ToOriginal(a, b);
        var original = _doc.Original.AsSpan(start, end - start);
        if (original.IndexOfAny(PhraseNoise) < 0)
        {
            return _doc.Original.Substring(start, end - start);
        }

        var sb = new StringBuilder(original.Length);
        foreach (var c in original)
        {
            if (char.IsWhiteSpace(c) || CharClass.IsInvisible(c) || c == '*')
            {
                continue;
            }

            sb.Append(c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' ? (char)(c - 0xFEE0) : c);
        }

        return sb.ToString();
    }

    // ---- Directions without a number ----------------------------------------------------

    /// <summary>
    /// 生产安全事故起数和死亡人数持续下降 → two growth claims with op &lt; and no value;
    /// 保持正增长 → op &gt;. Words of quality (改善, 向好) and comparisons (与经济增长同步) are not claims.
    /// </summary>
    private static readonly SearchValues<char> ItemBreaks = SearchValues.Create("、，：。！？；\n");

    private void ReadDirections(int s, int e)
    {
        var starts = Lexicon.DirectionWords.FirstChars;
        var i = s;
        while (i < e)
        {
            var skip = _t.AsSpan(i, e - i).IndexOfAny(starts);
            if (skip < 0)
            {
                return;
            }

            i += skip;
            if (!Lexicon.DirectionWords.MatchAt(_t, i, e, out var word, out var falls))
            {
                i++;
                continue;
            }

            var after = i + word.Length;
            if (after < e && !(_t[after] is '、' || CharClass.IsClauseBreak(_t[after])))
            {
                i = after;
                continue;
            }

            var itemStart = _t.AsSpan(s, i - s).LastIndexOfAny(ItemBreaks) + s + 1;
            if (HasQuantityIn(itemStart, after) || i == itemStart)
            {
                i = after;
                continue;
            }

            var clauseStart = ClauseStart(i, s);
            ReadDirection(clauseStart, itemStart, i, word, falls, s, after, e);
            i = after;
        }
    }

    private void ReadDirection(int clauseStart, int itemStart, int at, string word, bool falls, int s, int after, int e)
    {
        // The subject: this item, and the bare items before it in the same clause (见车率、见桩率、见板率不断提升).
        var subjectStart = itemStart;
        while (subjectStart > clauseStart && _t[subjectStart - 1] == '、')
        {
            var prev = _t.LastIndexOf('、', subjectStart - 2, subjectStart - 1 - clauseStart);
            var prevStart = prev >= clauseStart ? prev + 1 : clauseStart;
            if (HasQuantityIn(prevStart, subjectStart - 1) || HasDirection(prevStart, subjectStart - 1) || subjectStart - 1 - prevStart > 14)
            {
                break;
            }

            subjectStart = prevStart;
        }

        var b = at;
        while (b > subjectStart && Lexicon.EndsWithAny(_t.AsSpan(subjectStart, b - subjectStart), Lexicon.DirectionAdverbs, out var adverb))
        {
            b -= adverb;
        }

        var (a, end) = CleanPhrase(subjectStart, b, keepList: true);
        if (end <= a)
        {
            return;
        }

        _subjects.Clear();
        Split(a, end, "、");
        var strong = Lexicon.StrongDirections.Contains(word);
        if (word is "双下降" or "双降" || _subjects.Count == 1)
        {
            var (x, y) = _subjects[^1];
            var andAt = _t.AsSpan(x, y - x).IndexOfAny(AndWords);
            andAt = andAt < 0 ? -1 : andAt + x;
            if (andAt > x && andAt < y - 1 && (word is "双下降" or "双降" || (Measurable(x, andAt) && Measurable(andAt + 1, y))))
            {
                _subjects.RemoveAt(_subjects.Count - 1);
                _subjects.Add((x, andAt));
                _subjects.Add((andAt + 1, y));
            }
        }

        if (!strong && !Measurable(_subjects[^1].Start, _subjects[^1].End))
        {
            return;
        }

        // 整车向产业生态布局、产值向增加值提升: a shift from one thing to another.
        if (ContainsAny(a, end, ShiftWords))
        {
            return;
        }

        var core = word.Length > 2 && word is not ("双下降" or "正增长") ? 2 : word.Length;
        var spanStart = after - core;
        var (start, endOriginal) = _doc.ToOriginal(spanStart, after);
        var (kind, year) = KindAndYear(s, at);
        var (textFrom, textTo) = _doc.ToOriginal(clauseStart, ClauseEnd(after, e));
        foreach (var (x, y) in _subjects.ToArray())
        {
            var (px, py) = CleanPhrase(x, y);
            if (py <= px)
            {
                continue;
            }

            _claims.Add(new Claim
            {
                Kind = kind,
                Year = year,
                Region = _region,
                Indicator = _catalog.Canonicalize(Phrase(px, py)),
                Measure = Measure.Growth,
                Op = falls ? Bound.LessThan : Bound.MoreThan,
                Value = null,
                Unit = "%",
                Text = _doc.Original[textFrom..textTo],
                Start = start,
                End = endOriginal,
                Aspirational = _aspirationAt < at,
                Section = _paragraph.Section,
            });
        }
    }

    private bool Measurable(int a, int b)
    {
        if (b <= a)
        {
            return false;
        }

        var span = _t.AsSpan(a, b - a);
        return Lexicon.EndsWithAny(span, Lexicon.MeasurableEndings, out _) || _catalog.Knows(span);
    }

    private bool HasDirection(int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (Lexicon.DirectionWords.MatchAt(_t, i, b, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    // ---- Small helpers ----------------------------------------------------------------

    private bool HasQuantityIn(int a, int b)
    {
        // _found is in text order: find the first quantity at or after a.
        int lo = 0, hi = _found.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_found[mid].Q.Start < a)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < _found.Count && _found[k].Q.Start < b; k++)
        {
            if (_found[k].IsClaim || _found[k].IsThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasVerb(int a, int b) =>
        ContainsAny(a, b, Lexicon.AddedVerbs) || ContainsAny(a, b, OtherVerbs);

    private bool HasComparison(int a, int b) => ContainsAny(a, b, ComparisonWords);

    private bool ContainsAny(int a, int b, WordSet words) => b > a && Lexicon.ContainsAny(_t.AsSpan(a, b - a), words);

    private bool StartsWithAny(int a, int e, WordSet words) => a < e && Lexicon.StartsWithAny(_t.AsSpan(a, e - a), words, out _);

    private int ClauseStart(int pos, int s)
    {
        for (var i = pos - 1; i >= s; i--)
        {
            if (CharClass.IsClauseBreak(_t[i]))
            {
                return i + 1;
            }
        }

        return s;
    }

    private int ClauseEnd(int pos, int e)
    {
        for (var i = pos; i < e; i++)
        {
            if (CharClass.IsClauseBreak(_t[i]))
            {
                return i;
            }
        }

        return e;
    }
}
