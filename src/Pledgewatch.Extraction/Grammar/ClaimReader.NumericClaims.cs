using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Grammar;

// Numeric claims: indicator, measure, bound, kind and year of every number that measures.
internal sealed partial class ClaimReader
{
    /// <summary>What the claims read so far in a sentence leave for the next one: its subject, measure, unit and direction.</summary>
    private struct Carry(int sentenceStart)
    {
        public string? Indicator;
        public int IndicatorStart = sentenceStart;
        public Measure? Measure;
        public string? Unit;
        public bool Falls;
        public int ClauseStart = -1;
        public int LastConsumed = sentenceStart;
    }

    /// <summary>How a claim's name was found: from the sentence before, or carried from the claim before.</summary>
    private record struct Naming(string Indicator, int TextStart, int ConsumedNoun, bool Carried, bool Bare, bool RateFromBefore);

    private void EmitNumericClaims(int s, int e)
    {
        var carry = new Carry(s);
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
            if (clauseStart != carry.ClauseStart)
            {
                carry.LastConsumed = clauseStart;
            }

            // 分别: one value per subject, in order.
            if (TryDistribute(k, clauseStart, clauseEnd, s, out var used, ref carry.Indicator, ref carry.Measure))
            {
                k += used - 1;
                carry.LastConsumed = _found[k].ConsumedEnd;
                carry.ClauseStart = clauseStart;
                carry.IndicatorStart = clauseStart;
                continue;
            }

            var numberStart = f.Before is not null ? f.BeforeStart : f.Q.Start;
            var leftStart = Math.Max(carry.LastConsumed, clauseStart);
            var sharedRate = f.Unit?.Kind == UnitKind.Rate && SplitSharedSubjects(leftStart, numberStart);
            var naming = sharedRate
                ? new Naming("", clauseStart, 0, false, false, false)
                : NameClaim(f, k, s, e, in carry, leftStart, clauseStart, numberStart, clauseEnd);
            var measure = MeasureOf(f, k, in carry, naming, clauseStart, numberStart, clauseEnd, out var falls);
            var indicator = sharedRate ? EmitShared(f, s, naming.TextStart, clauseEnd, measure, falls) : naming.Indicator;
            if (!sharedRate)
            {
                AddClaim(f, s, naming.TextStart, clauseEnd, indicator.Length > 0 ? indicator : "未识别指标", measure, falls);
            }

            if (!naming.Carried)
            {
                carry.IndicatorStart = clauseStart;
            }

            carry.Indicator = indicator.Length > 0 ? indicator : carry.Indicator;
            carry.Measure = measure;
            carry.Unit = f.Unit?.Base;
            carry.Falls = falls;
            carry.ClauseStart = clauseStart;
            carry.LastConsumed = Math.Max(f.ConsumedEnd, naming.ConsumedNoun);
        }
    }

    /// <summary>One claim per subject that shares the rate (社会消费品零售总额、固定资产投资增长4%); the last subject names what follows.</summary>
    private string EmitShared(in Found f, int s, int textStart, int clauseEnd, Measure measure, bool falls)
    {
        foreach (var (a, b) in _subjects)
        {
            AddClaim(f, s, textStart, clauseEnd, _catalog.Canonicalize(SubjectName(a, b)), measure, falls);
        }

        return _catalog.Canonicalize(SubjectName(_subjects[^1].Start, _subjects[^1].End));
    }

    /// <summary>The name of the thing a number measures, from the words beside it, then from what came before.</summary>
    private Naming NameClaim(in Found f, int k, int s, int e, in Carry carry, int leftStart, int clauseStart, int numberStart, int clauseEnd)
    {
        var indicator = NameFromWords(f, k, s, e, leftStart, clauseStart, numberStart, clauseEnd, out var consumedNoun);
        var textStart = clauseStart;
        var rateFromBefore = false;
        var previous = carry.Indicator;
        if (f.RangeBound == Bound.AtMost && previous is not null && k > 0 && _found[k - 1].RangeBound == Bound.AtLeast)
        {
            indicator = previous;
        }
        else if (previous is not null && Lexicon.AddedVerbs.Contains(indicator))
        {
            // 新改扩建中小学43所，竣工17所: the verb says what happened to the same things.
            indicator = previous + indicator;
        }

        if (indicator.Length == 0 && previous is null && clauseStart > s)
        {
            indicator = SubjectOfPreviousClause(s, clauseStart);
            textStart = ClauseStart(clauseStart - 1, s);
            rateFromBefore = indicator.Length > 0 && ContainsAny(textStart, clauseStart, Lexicon.RatesOfChange);
        }

        // 涨幅仍然高达百分之二十一点七: a bare rate of change is of the sentence before's subject.
        if (indicator.Length == 0 && previous is null && _before.LastGrowth is { } lastGrowth && ContainsAny(clauseStart, numberStart, Lexicon.RatesOfChange))
        {
            indicator = lastGrowth;
        }

        // 新能源之都… 产业规模突破8500亿元: the industry its heading names.
        if (previous is null && _before.Industry is { } industry && Lexicon.IndustryMeasures.Contains(indicator))
        {
            indicator = _catalog.Canonicalize(NameShapes.OfIndustry(industry, indicator));
        }

        (indicator, var carried, var bare) = WithPrevious(indicator, previous);
        if (carried)
        {
            textStart = Math.Min(textStart, carry.IndicatorStart);
        }

        if (f.Whole is not null && f.Unit?.Kind == UnitKind.Rate && indicator.Length > 0)
        {
            indicator = NameShapes.ShareOf(indicator, f.Whole);
        }

        return new Naming(indicator, textStart, consumedNoun, carried, bare, rateFromBefore);
    }

    /// <summary>
    /// A name with no words of its own, or a generic one (总量), is the claim before's; a share (占…) or
    /// an attribute (增速) of it is named after it. <c>Carried</c>: the name is the one before; <c>Bare</c>: there were no words at all.
    /// </summary>
    private static (string Indicator, bool Carried, bool Bare) WithPrevious(string indicator, string? previous)
    {
        if (previous is null)
        {
            return (indicator, false, false);
        }

        if (indicator.Length == 0 || Lexicon.GenericSubjects.Contains(indicator))
        {
            return (previous, true, indicator.Length == 0);
        }

        if (indicator[0] == '占')
        {
            return (previous + NameShapes.ShareWord(indicator), false, false);
        }

        return NameShapes.IsAttributeOf(indicator, previous) ? (previous + indicator, false, false) : (indicator, false, false);
    }

    /// <summary>The name the words beside a number give: the thing counted after a count, otherwise the subject before it.</summary>
    private string NameFromWords(in Found f, int k, int s, int e, int leftStart, int clauseStart, int numberStart, int clauseEnd, out int consumedNoun)
    {
        consumedNoun = 0;
        var nounFrom = f.ConsumedEnd;
        if (f.RangeBound == Bound.AtLeast && k + 1 < _found.Count)
        {
            var high = _found[k + 1];
            ReadBounds(ref high, s, e);
            nounFrom = high.ConsumedEnd;
        }

        // The thing counted follows its count (新建26个公交候车亭); other amounts follow their subject.
        var right = _phrases.RightNoun(nounFrom, clauseEnd);
        var counted = f.Unit?.Kind is UnitKind.Count or UnitKind.People;
        var (a, b) = counted && right.End > right.Start ? right : _phrases.Clean(leftStart, numberStart);
        if (f.Unit?.Kind == UnitKind.Rate && b > a)
        {
            a = AfterTaskBeforeRate(a, b);
        }

        if (b <= a && right.End > right.Start && !StartsWithAny(right.Start, right.End, Lexicon.LandmarkWords))
        {
            (a, b) = right;
        }

        // The next claim's subject starts after the thing this one counted (制定4部法规、修改5部).
        if (a == right.Start && b == right.End)
        {
            consumedNoun = right.End;
        }

        return b > a ? _phrases.NameInContext(_phrases.Canonical(a, b), a, b, isRight: a == right.Start && b == right.End, leftStart, clauseStart, numberStart, clauseEnd) : "";
    }

    /// <summary>The claim's measure: the rules of claims.md, then what the claim before says of a value with no verb of its own.</summary>
    private Measure MeasureOf(in Found f, int k, in Carry carry, in Naming naming, int clauseStart, int numberStart, int clauseEnd, out bool falls)
    {
        var isRangeHigh = f.RangeBound == Bound.AtMost && k > 0 && _found[k - 1].RangeBound == Bound.AtLeast && carry.Measure is not null;
        var measure = DecideMeasure(f, clauseStart, numberStart, clauseEnd, naming.Indicator,
            carryAdded: carry.Measure == Measure.Added && clauseStart != carry.ClauseStart && f.ConsumedEnd == clauseEnd && f.Before is null && !HasVerb(clauseStart, numberStart),
            out falls);
        // 经济增长速度的宏观调控目标，定为8%: the subject of the clause before is a rate of change;
        // 增长7%以上、力争达到8%: a value with no subject of its own in the unit of the change before is that change.
        if (measure == Measure.Level && f.Unit?.Kind == UnitKind.Rate
            && (naming.RateFromBefore || (naming.Bare && carry.Measure == Measure.Growth && carry.Unit == f.Unit.Base)))
        {
            measure = Measure.Growth;
        }

        if (isRangeHigh)
        {
            // 增长5%—5.5%: the high end shares the low end's verb.
            measure = carry.Measure!.Value;
            falls = carry.Falls;
        }

        return measure;
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

        // 经济增长速度的宏观调控目标，定为百分之八至九: the goal's name is not the indicator's.
        if (Lexicon.GoalNames.LongestSuffix(_t.AsSpan(previousStart, end - previousStart)) is > 0 and var goal && end - goal - previousStart >= 2)
        {
            end -= goal;
        }

        var (a, b) = _phrases.Clean(previousStart, end);
        return b - a >= 2 && _phrases.Measurable(a, b) ? _phrases.Canonical(a, b) : "";
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
        string? whole = null;
        foreach (var reference in Lexicon.ReferenceWords.Words)
        {
            if (boundEnd - reference.Length >= s && string.CompareOrdinal(_t, boundEnd - reference.Length, reference, 0, reference.Length) == 0)
            {
                boundEnd -= reference.Length;
                whole = reference.TrimEnd('的');
                break;
            }
        }

        if ((Lexicon.BoundBefore.MatchBefore(_t, s, boundEnd, out var before, out var beforeBound)
            || (boundEnd != q.Start && Lexicon.BoundBefore.MatchBefore(_t, s, boundEnd = q.Start, out before, out beforeBound)))
            && !IsInsideWord(before, boundEnd - before.Length, s))
        {
            // 上 of 上千万 bounds a bare Chinese amount only; 破 alone only after 首/突.
            f.Before = beforeBound;
            f.BeforeStart = boundEnd - before.Length;
            f.Whole = boundEnd != q.Start ? whole : null;
        }
        else if (q.Chinese && q.Start > s && _t[q.Start - 1] == '上')
        {
            f.Before = Bound.AtLeast;
            f.BeforeStart = q.Start - 1;
        }
    }

    /// <summary>约 of 节约 and 签约, 近 of 附近 and 最近: the bound word is the end of another word.</summary>
    private bool IsInsideWord(string word, int at, int s) =>
        word.Length == 1 && at > s && (word[0], _t[at - 1]) is ('约', '节' or '制' or '签' or '公' or '预' or '大') or ('近', '附' or '最' or '就' or '邻' or '贴');

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
        var kind = f.Unit?.Kind ?? UnitKind.Count;
        var p = numberStart;
        if (p > clauseStart && _t[p - 1] == '了')
        {
            p--;
        }

        // Rule 1: a change against the previous period, unless 提高到/增至 give the new value.
        if (IsChange(kind, clauseStart, p, out var toWord, out falls))
        {
            return Measure.Growth;
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

    /// <summary>
    /// Rule 1 of claims.md: a verb or noun of change before the number (增长, 下降, 涨幅) makes it a
    /// change; 提高到 / 增至 (<paramref name="toWord"/>) give the new value instead, and a plain 增加
    /// of a count is the count added unless compared with the year before.
    /// </summary>
    private bool IsChange(UnitKind kind, int clauseStart, int p, out bool toWord, out bool falls)
    {
        toWord = false;
        falls = false;
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
                return true;
            }
        }

        // 涨幅控制在3%左右: a rate of change named, then held to a bound.
        var hold = Lexicon.HoldWords.LongestSuffix(_t.AsSpan(clauseStart, p - clauseStart));
        if (hold > 0)
        {
            // 经济增长预期目标为5%左右: the goal's name stands between the change and its number.
            hold += Lexicon.GoalNames.LongestSuffix(_t.AsSpan(clauseStart, p - hold - clauseStart));
        }

        // 涨幅3%, 经济增长速度8%: a rate of change with its number right after it is a change too.
        if (Lexicon.ChangeNouns.MatchBefore(_t, clauseStart, p - hold, out _, out var nounFalls))
        {
            falls = nounFalls;
            return true;
        }

        return false;
    }

    private void AddClaim(in Found f, int sentenceStart, int textStart, int clauseEnd, string indicator, Measure measure, bool falls)
    {
        var (kind, year) = _maker.KindAndYear(sentenceStart, f.Q.Start);
        var bound = DecideBound(f);
        var value = RoundValue(f.BaseValue);
        if (falls)
        {
            value = -value;
            bound = ContractNames.Mirror(bound);
        }

        var (start, end) = _doc.ToOriginal(f.Q.Start, f.Q.End);
        var (textFrom, textTo) = _doc.ToOriginal(textStart, clauseEnd);
        var claim = _maker.Make(kind, year, indicator, measure, bound, value, f.Q.Ratio ? "" : f.Unit?.Base ?? "", (textFrom, textTo), (start, end), f.Q.Start);
        if (f.RangeBound is not null && f.RangeLow < f.RangeHigh)
        {
            var (low, high) = (RoundValue(f.RangeLow), RoundValue(f.RangeHigh));
            claim = claim with { Range = falls ? new ValueRange(-high, -low) : new ValueRange(low, high) };
        }

        _claims.Add(claim);
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
}
