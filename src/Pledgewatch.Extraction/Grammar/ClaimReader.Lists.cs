using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Grammar;

// 分别 lists and subjects that share one value.
internal sealed partial class ClaimReader
{
    /// <summary>
    /// 生产安全事故起数、死亡人数分别下降17.7%、26.8% → one growth claim per indicator, in order.
    /// </summary>
    private bool TryDistribute(int k, int clauseStart, int clauseEnd, int s, out int used, ref string? previousIndicator, ref Measure? previousMeasure)
    {
        used = 0;
        var first = _found[k];
        var respectively = _t.LastIndexOf("分别", first.Q.Start, first.Q.Start - clauseStart + 1, StringComparison.Ordinal);
        string[]? carried = null;
        if (respectively < 0 && !TryCarriedSubjects(first, clauseStart, s, out carried))
        {
            return false;
        }

        var count = ListedValues(k, clauseEnd);

        // 城乡居民人均可支配收入分别增长8%和10%: 城乡 is the urban and the rural figure.
        string[]? urbanRural = null;
        if (carried is null && count == 2 && !SplitSubjects(clauseStart, respectively, count))
        {
            urbanRural = UrbanAndRural(clauseStart, respectively);
            if (urbanRural is null)
            {
                return false;
            }
        }
        else if (carried is not null ? count != carried.Length : count < 2 || !SplitSubjects(clauseStart, respectively, count))
        {
            return false;
        }

        var predicateStart = carried is null ? respectively + 2 : clauseStart;
        var names = new string[count];

        var objectName = carried is null ? ObjectOfList(first, predicateStart) : "";
        ReadListBounds(k, count, s, clauseEnd);
        var lastUnit = _found[k + count - 1].Unit;
        for (var j = 0; j < count; j++)
        {
            var f = _found[k + j];
            f.Unit ??= lastUnit;
            var measure = DecidePredicateMeasure(f, predicateStart, first.Q.Start, clauseEnd, clauseStart, out var falls);

            // 居民消费价格涨幅…分别控制在3%以内: a subject that is a rate of change makes its value a change.
            if (measure == Measure.Level && urbanRural is null && carried is null && f.Unit?.Kind == UnitKind.Rate && RateOfChangeAfter(_subjects[j].End))
            {
                measure = Measure.Growth;
            }

            var name = carried?[j] ?? urbanRural?[j] ?? _catalog.Canonicalize(CompleteShortSubject(_subjects[j].Start, _subjects[j].End) + objectName);
            names[j] = name;
            AddClaim(f, s, clauseStart, clauseEnd, name, measure, falls);
            previousIndicator = name;
            previousMeasure = measure;
        }

        _before.List(names, s);
        used = count;
        return true;
    }

    /// <summary>
    /// …分别达到52680元、31240元，增长5.1%、6.8%: a clause with no subject of its own distributes its
    /// values over the subjects of the 分别 before it in the sentence.
    /// </summary>
    private bool TryCarriedSubjects(in Found first, int clauseStart, int s, out string[]? carried)
    {
        carried = null;
        var listed = _before.ListIn(s);
        if (listed is null)
        {
            return false;
        }

        var (a, b) = _phrases.Clean(clauseStart, first.Before is not null ? first.BeforeStart : first.Q.Start);
        if (b > a)
        {
            return false;
        }

        carried = listed;
        return true;
    }

    /// <summary>竺山湖、滆湖分别实施清淤200万方: what was done to each subject is part of its name (清淤), unless it is a change (增长).</summary>
    private string ObjectOfList(in Found first, int predicateStart)
    {
        var firstStart = first.Before is not null ? first.BeforeStart : first.Q.Start;
        var (a, b) = _phrases.Clean(predicateStart, Math.Max(predicateStart, firstStart));
        return b > a && !Lexicon.ChangeVerbs.MatchAt(_t, a, b, out _, out _) ? _phrases.Text(a, b) : "";
    }

    /// <summary>How many values are listed from the k-th: it and the claims after it joined by 、 和 及 与 or a comma, in the clause.</summary>
    private int ListedValues(int k, int clauseEnd)
    {
        var count = 1;
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
        }

        return count;
    }

    /// <summary>
    /// The bounds of every listed value; a value with no unit takes the last one's (增长5、6%), and
    /// the bound after the last value holds for every value (分别控制在5%和3%以内).
    /// </summary>
    private void ReadListBounds(int k, int count, int s, int clauseEnd)
    {
        for (var j = 0; j < count; j++)
        {
            var f = _found[k + j];
            ReadBounds(ref f, s, clauseEnd);
            f.Unit ??= _found[k + count - 1].Unit;
            _found[k + j] = f;
        }

        if (_found[k + count - 1].After is { } shared)
        {
            for (var j = 0; j < count - 1; j++)
            {
                var f = _found[k + j];
                if (f.After is null && f.Before is null)
                {
                    f.After = shared;
                    _found[k + j] = f;
                }
            }
        }
    }

    /// <summary>城乡居民人均可支配收入 before 分别 → 城镇居民… and 农村居民…; null when the subject does not open with 城乡.</summary>
    private string[]? UrbanAndRural(int start, int end)
    {
        var (a, b) = _phrases.Clean(start, end, keepList: true);
        if (b - a < 4 || string.CompareOrdinal(_t, a, "城乡", 0, 2) != 0)
        {
            return null;
        }

        var rest = _phrases.Text(a + 2, b);
        return [_catalog.Canonicalize("城镇" + rest), _catalog.Canonicalize("农村" + rest)];
    }

    /// <summary>涨幅, 增速 … right after a subject: the subject names a rate of change.</summary>
    private bool RateOfChangeAfter(int end) =>
        Lexicon.RatesOfChange.LongestPrefix(_t.AsSpan(end, Math.Min(4, _t.Length - end))) > 0;

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
        var (a, b) = _phrases.Clean(start, end, keepList: true);
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
            _subjects[j] = _phrases.Clean(x, y);
            if (_subjects[j].End <= _subjects[j].Start)
            {
                return false;
            }
        }

        return true;
    }

    private void Split(int a, int b, string separators) => Clauses.Split(_t, a, b, separators, _subjects);

    /// <summary>
    /// 推动骨干河流一级支浜全面消劣、国省考断面优Ⅱ比例达40%: a task (or a claim of its own) before 、
    /// is not part of the rate named after it. Returns where the rate's name starts.
    /// </summary>
    private int AfterTaskBeforeRate(int a, int b)
    {
        var sep = _t.LastIndexOf('、', b - 1, b - a);
        if (sep <= a + 8 || b - sep - 1 < 3)
        {
            return a;
        }

        var rate = _t.AsSpan(sep + 1, b - sep - 1);
        var task = _t.AsSpan(a, sep - a);
        var isTask = Lexicon.DirectionAdverbs.Occurs(task) || Lexicon.AddedVerbs.Occurs(task) || HasQuantityIn(a, sep);
        return isTask && Lexicon.MeasurableEndings.LongestSuffix(rate) > 0 && Lexicon.MeasurableEndings.LongestSuffix(task) == 0 && task.IndexOf('、') < 0 ? sep + 1 : a;
    }

    /// <summary>
    /// A rate shared by a list of subjects: 低保对象、困境儿童、困难残疾人保障率100% → three claims
    /// (claims.md, "One statement, several claims").
    /// </summary>
    private bool SplitSharedSubjects(int leftStart, int numberStart)
    {
        var (a, b) = _phrases.Clean(leftStart, numberStart, keepList: true);
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
            if (y - x > 8 && (y - x > 14 || !_phrases.Measurable(x, y)) || ContainsAny(x, y, Lexicon.AddedVerbs) || Lexicon.ChangeVerbs.MatchBefore(_t, x, y, out _, out _))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A subject of one or two characters borrows the rest of its name from the last subject.</summary>
    private string CompleteShortSubject(int a, int b)
    {
        var name = _phrases.Text(a, b);
        var (la, lb) = _subjects[^1];
        var last = _phrases.Text(la, lb);
        var first = _phrases.Text(_subjects[0].Start, _subjects[0].End);

        // 第一、二、三产业: the bare ordinals borrow 第 from the first.
        if (first.StartsWith('第'))
        {
            name = !name.StartsWith('第') && CharClass.CountChineseOrdinals(name) > 0 ? "第" + name : name;
            last = !last.StartsWith('第') && CharClass.CountChineseOrdinals(last) > 0 ? "第" + last : last;
        }

        if (a != la && name.Length > 3)
        {
            // 制造业和生产性服务业、高技术产业外资占比: the measure after the last one's industry is shared.
            var industry = last.IndexOf('业', 1);
            return industry > 0 && last.Length - industry - 1 >= 2 && Lexicon.MeasurableEndings.LongestSuffix(name) == 0 && name.EndsWith('业') && Lexicon.MeasurableEndings.LongestSuffix(last) > 0
                ? name + last[(industry + 1)..]
                : name;
        }

        if (a == la)
        {
            return name;
        }

        // The part the subjects share is what follows the last one's own word: 三产业增加值 after 三,
        // 农村居民人均可支配收入 after 农村.
        var own = CharClass.CountChineseOrdinals(last.StartsWith('第') ? last[1..] : last);
        var shared = own > 0 && name.Length > 0 && IsOrdinal(name[^1..]) ? (last.StartsWith('第') ? own + 1 : own) : name.Length;
        return last.Length > shared + 2 ? name + last[shared..] : name;
    }

    private static bool IsOrdinal(string text) => text.Length > 0 && CharClass.CountChineseOrdinals(text.StartsWith('第') ? text[1..] : text) == (text.StartsWith('第') ? text.Length - 1 : text.Length);


    /// <summary>
    /// The name of one subject of a shared list, completed with the head the last subject carries:
    /// 国、省考断面优III比例 → 国考断面优III比例; 农村生活污水治理、…覆盖率 → 农村生活污水治理覆盖率.
    /// </summary>
    private string SubjectName(int a, int b)
    {
        var name = _phrases.Text(a, b);
        if (_subjects.Count < 2)
        {
            return name;
        }

        var (la, lb) = _subjects[^1];
        if (a == la)
        {
            return name;
        }

        var last = _phrases.Text(la, lb);
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
}
