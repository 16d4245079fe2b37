using System.Buffers;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Finds the quantities of a sentence and decides which of them measure something (claims.md,
/// "Not claims"): names, codes, slogans, ranks and classes of things are not figures. The result is
/// the found list, in text order, which the claim reader then names; a number without a unit is
/// reported as a diagnostic.
/// </summary>
internal sealed class QuantityFinder
{
    private static readonly UnitDefinition PeopleUnit = new("人", "人", 1, UnitKind.People);
    private static readonly UnitDefinition HouseholdUnit = new("户", "户", 1, UnitKind.People);
    private static readonly UnitDefinition MoneyUnit = new("元", "元", 1, UnitKind.Money);

    private readonly NormalizedText _doc;
    private readonly string _t;
    private readonly List<Found> _found;
    private readonly List<Diagnostic> _diagnostics;

    public QuantityFinder(NormalizedText doc, List<Found> found, List<Diagnostic> diagnostics)
    {
        _doc = doc;
        _t = doc.Text;
        _found = found;
        _diagnostics = diagnostics;
    }

    /// <summary>Fills the found list with the quantities of the sentence [s, e), ranges and thresholds marked.</summary>
    public void Find(int s, int e)
    {
        FindQuantities(s, e);
        if (_found.Count > 0)
        {
            MarkRanges();
            MarkThresholds(e);
        }
    }

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
            if (SkipsQuoteOrCode(ref i, s, e))
            {
                continue;
            }

            if (!QuantityParser.TryParse(_t, i, e, out var q))
            {
                i++;
                continue;
            }

            var found = new Found { Q = q, Unit = q.Unit, ConsumedEnd = q.End };
            found.IsClaim = Qualifies(ref found, s, e);
            if (!found.IsClaim && IsHighEndInWords(q))
            {
                found.IsClaim = true;
                found.Unit = _found[^1].Unit;
            }

            // A Chinese numeral that measures nothing (一批, 三大) plays no part in what follows.
            if (found.IsClaim || !q.Chinese || q.Unit is not null)
            {
                _found.Add(found);
            }

            i = Math.Max(q.End, i + 1);
        }
    }

    /// <summary>
    /// Steps over what holds digits but no figure: a quoted name or slogan (“532”发展战略, “1+8”行动)
    /// and a code (PM2.5, G60, 5.1.2). False when <paramref name="i"/> stands at neither.
    /// </summary>
    private bool SkipsQuoteOrCode(ref int i, int s, int e)
    {
        var c = _t[i];
        if (c is '“' or '「' or '『' or '《' or '‘')
        {
            var close = _t.IndexOf(Closing(c), i + 1, e - i - 1);
            if (close > 0)
            {
                // Numbers inside quotes are names and slogans: “532”发展战略, “1+8”行动.
                i = close + 1;
                return true;
            }

            i++;
            return true;
        }

        if (i > s && IsCodeChar(_t[i - 1]) && CharClass.IsAsciiDigit(c))
        {
            // PM2.5, G60, 5.1.2: part of a code, skip the whole run.
            while (i < e && (CharClass.IsAsciiAlnum(_t[i]) || _t[i] == '.'))
            {
                i++;
            }

            return true;
        }

        return false;
    }

    /// <summary>
    /// 百分之八至九: a bare numeral in words right after 至, 到 or — that follows a percentage in
    /// words is the high end of its range and shares its unit.
    /// </summary>
    private bool IsHighEndInWords(in Quantity q)
    {
        if (!q.Chinese || q.Unit is not null || _found.Count == 0)
        {
            return false;
        }

        var low = _found[^1];
        var gap = _t.AsSpan(low.Q.End, Math.Max(0, q.Start - low.Q.End));
        return low.IsClaim && low.Q.Chinese && low.Unit?.Base == "%" && IsRangeGap(gap) && q.Value > low.Q.Value;
    }

    /// <summary>What stands between the two numbers of a range: 5%—5.5%, 5到5.5%, 百分之八至九.</summary>
    private static bool IsRangeGap(ReadOnlySpan<char> gap) => gap is "—" or "–" or "-" or "~" or "至" or "到" or "——";

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

        if (IsWordOrName(ref f, s, e))
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
            _diagnostics.Add(new Diagnostic(DiagnosticCodes.NumberWithoutUnit, _doc.ToOriginal(q.Start), _doc.ToOriginal(q.Start, q.End).End, "number without a unit, not read as a claim"));
        }

        return false;
    }

    /// <summary>
    /// A number that is part of a word or a name, not a figure: 一批, 数十个, 第3位, 连续10年, 四项基本原则, 5G.
    /// A Chinese numeral's unit is inferred on the way (<see cref="InferUnit"/>).
    /// </summary>
    private bool IsWordOrName(ref Found f, int s, int e)
    {
        var q = f.Q;

        // Most Chinese numerals in a report are words (一批, 进一步, 三大): settle them first, cheaply.
        // 数十个, 几百家: amounts without a number are not claims.
        if (q.Chinese && (q.Value < 2 || (q.Start > s && _t[q.Start - 1] is '数' or '几') || (q.Unit is null && (f.Unit = InferUnit(q, e)) is null)))
        {
            return true;
        }

        // 第3位, 连续10年, 提前两个月; 四项第一, 三次会议.
        if (Lexicon.NotClaimBefore.LongestSuffix(_t.AsSpan(s, q.Start - s)) > 0
            || Lexicon.NotClaimAfter.LongestPrefix(_t.AsSpan(q.End, e - q.End)) > 0)
        {
            return true;
        }

        // 四项基本原则, 三个联合公报, 两个大局: a small count in words names a set.
        if (NameNumbers.NamesASet(_t, q, e))
        {
            return true;
        }

        // A Latin letter right after the number makes it a name (5G, 3D) unless it is the unit (100P).
        if (q.Unit is null && q.End < e && CharClass.IsAsciiLetter(_t[q.End]))
        {
            return true;
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
        // 分别为3、5、8个: numbers listed before a shared unit take it, right to left.
        for (var k = _found.Count - 2; k >= 0; k--)
        {
            var a = _found[k];
            var b = _found[k + 1];
            var gap = _t.AsSpan(a.Q.End, Math.Max(0, b.Q.Start - a.Q.End));
            if (a.Unit is null && !a.Q.Chinese && !a.Q.Ratio && b.IsClaim && b.Unit is not null && gap is "、" or "和")
            {
                a.Unit = b.Unit;
                a.IsClaim = a.Q.Value > 0;
                _found[k] = a;
            }
        }

        for (var k = 0; k + 1 < _found.Count; k++)
        {
            var a = _found[k];
            var b = _found[k + 1];
            var gap = _t.AsSpan(a.Q.End, Math.Max(0, b.Q.Start - a.Q.End));
            if (IsRangeGap(gap) && b.IsClaim && (a.IsClaim || a.Q.Unit is null))
            {
                a.Unit ??= b.Unit;
                a.IsClaim = a.Unit is not null && (a.Q.Value > 0 || a.Unit.Kind == UnitKind.Rate);
                a.RangeBound = Bound.AtLeast;
                b.RangeBound = Bound.AtMost;
                a.RangeLow = b.RangeLow = a.BaseValue;
                a.RangeHigh = b.RangeHigh = b.BaseValue;
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

            if (NamesAClassOfTheNext(k, isCount, e))
            {
                f.IsThreshold = true;
                f.IsClaim = false;
                _found[k] = f;
            }
        }
    }

    /// <summary>
    /// The k-th quantity, with a noun after it, qualifies a claim that follows in the same clause:
    /// 入库总投资超10亿元或1亿美元项目80个 (a class of projects), not a figure of its own.
    /// </summary>
    private bool NamesAClassOfTheNext(int k, bool isCount, int e)
    {
        var f = _found[k];
        var nounChars = 0;
        var j = f.Q.End;
        var next = k + 1;
        var horizon = Math.Min(e, f.Q.End + 40);
        while (j < horizon)
        {
            var c = _t[j];
            if (c == '、' || CharClass.IsClauseBreak(c) || (isCount && c is '和' or '及' or '与'))
            {
                return false;
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
                return _found[next].IsClaim && (!isCount || kinds);
            }

            // 从180万元增加到590万元: a change between two values, not a class.
            if (Lexicon.ChangeVerbs.MatchAt(_t, j, e, out _, out _) || c is '到' or '至' || StartsWithAny(j, e, Lexicon.AddedVerbs))
            {
                return false;
            }

            if (CharClass.IsHan(c) && !"或及以上下的和与".Contains(c))
            {
                nounChars++;
            }

            j++;
        }

        return false;
    }

    private bool StartsWithAny(int a, int e, WordSet words) => Clauses.StartsWithAny(_t, a, e, words);
}
