using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;
using Pledgewatch.Extraction.Structure;

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
        if (indicator.Length == 0 && previous is null && _lastGrowth is { } lastGrowth && ContainsAny(clauseStart, numberStart, Lexicon.RatesOfChange))
        {
            indicator = lastGrowth;
        }

        // 新能源之都… 产业规模突破8500亿元: the industry its heading names.
        if (previous is null && _industry is not null && Lexicon.IndustryMeasures.Contains(indicator))
        {
            indicator = _catalog.Canonicalize(NameShapes.OfIndustry(_industry, indicator));
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
        return b - a >= 2 && Measurable(a, b) ? _phrases.Canonical(a, b) : "";
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
        var (kind, year) = KindAndYear(sentenceStart, f.Q.Start);
        var bound = DecideBound(f);
        var value = RoundValue(f.BaseValue);
        if (falls)
        {
            value = -value;
            bound = ContractNames.Mirror(bound);
        }

        var (start, end) = _doc.ToOriginal(f.Q.Start, f.Q.End);
        var (textFrom, textTo) = _doc.ToOriginal(textStart, clauseEnd);
        var claim = NewClaim(kind, year, indicator, measure, bound, value, f.Q.Ratio ? "" : f.Unit?.Base ?? "", (textFrom, textTo), (start, end), f.Q.Start);
        if (f.RangeBound is not null && f.RangeLow < f.RangeHigh)
        {
            var (low, high) = (RoundValue(f.RangeLow), RoundValue(f.RangeHigh));
            claim = claim with { Range = falls ? new ValueRange(-high, -low) : new ValueRange(low, high) };
        }

        _claims.Add(claim);
    }

    /// <summary>The original text of a clause; the claims of one clause share one string.</summary>
    private string ClauseText((int Start, int End) range)
    {
        if (range != _lastText.Range)
        {
            _lastText = (range, _doc.Original[range.Start..range.End]);
        }

        return _lastText.Text;
    }

    /// <summary>A claim with its evidence: the original text of its clause and the place of its number.</summary>
    private Claim NewClaim(ClaimKind kind, int year, string indicator, Measure measure, Bound bound, double? value, string unit, (int Start, int End) text, (int Start, int End) number, int at)
    {
        int? periodStart;
        (kind, year, periodStart) = _periods.Apply(kind, year, ClauseStart(at, _sentenceStart), at, measure);
        return new Claim
        {
            Kind = kind,
            Year = year,
            PeriodStart = periodStart,
            Region = _region,
            Indicator = indicator,
            Measure = measure,
            Op = bound,
            Value = value,
            Unit = unit,
            Text = ClauseText(text),
            Start = number.Start,
            End = number.End,
            Aspirational = _aspirationAt < at,
            Section = _paragraph.Section,
        };
    }

    private (ClaimKind Kind, int Year) KindAndYear(int sentenceStart, int at)
    {
        // A year written with the number (到2023年的590万元, 2023年督办26件) is the claim's own.
        if ((StatedYear(ClauseStart(at, sentenceStart), at) ?? LeadingTimeClauseYear(sentenceStart, at)) is { } stated)
        {
            // 去年曾提出要把…控制在…: a review quoting last year's goal.
            return stated < _reportYear && !StatesTheGoal(sentenceStart, at) ? (ClaimKind.Outcome, stated) : (ClaimKind.Target, stated);
        }

        var role = _paragraph.Role;
        if (role == SectionRole.Unknown)
        {
            role = _planWordAt < at && !ContainsAny(sentenceStart, at, DoneWords)
                ? SectionRole.Plan
                : SectionRole.Review;
            return role == SectionRole.Plan ? (ClaimKind.Target, _reportYear) : (ClaimKind.Outcome, _paragraph.Year);
        }

        // 要把…控制在, 努力把…: a goal, under a heading of the plan's tasks the structure could not tell from the review.
        if (role == SectionRole.Review && _imperativeAt < at)
        {
            return (ClaimKind.Target, _reportYear);
        }

        // A completion report quotes the year's goal beside its result: 预期增长6%，实际增长6.8%.
        if (role == SectionRole.Review && StatesTheGoal(sentenceStart, at))
        {
            return (ClaimKind.Target, _paragraph.Year);
        }

        return role == SectionRole.Plan ? (ClaimKind.Target, _paragraph.Year) : (ClaimKind.Outcome, _paragraph.Year);
    }

    /// <summary>预期, 计划, 目标为 opening the clause of a number in a review, with no 完成 or 实际 after it.</summary>
    private bool StatesTheGoal(int sentenceStart, int at)
    {
        // 去年我在报告中曾提出，要把…控制在百分之十以内: a quoting verb opens the whole sentence.
        if (_quoteAt < at && !Lexicon.ResultWords.Occurs(_t.AsSpan(_quoteAt, at - _quoteAt)))
        {
            return true;
        }

        var clause = _t.AsSpan(ClauseStart(at, sentenceStart), at - ClauseStart(at, sentenceStart));
        var goal = Lexicon.GoalWords.IndexIn(clause);
        return goal >= 0 && !Lexicon.ResultWords.Occurs(clause[goal..]);
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

    /// <summary>Where a goal imperative (要把, 努力把) stands in the sentence with no past word before it, or int.MaxValue.</summary>
    private int ImperativeAt(int s, int e)
    {
        var at = Lexicon.GoalImperatives.IndexIn(_t.AsSpan(s, e - s));
        return at < 0 || Lexicon.PastMarkers.Occurs(_t.AsSpan(s, at)) ? int.MaxValue : s + at;
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
}
