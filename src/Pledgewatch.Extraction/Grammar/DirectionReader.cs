using System.Buffers;
using System.Runtime.InteropServices;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Directions without a number: 生产安全事故起数和死亡人数持续下降 → two growth claims with op &lt; and
/// no value; 保持正增长 → op &gt;; 与上年持平 → a change of 0. Words of quality (改善, 向好) and
/// comparisons (与经济增长同步) are not claims, nor is a direction whose item holds a figure.
/// </summary>
internal sealed class DirectionReader(NormalizedText doc, IndicatorCatalog catalog, PhraseReader phrases, ClaimMaker maker, List<Found> found, List<Claim> claims)
{
    private static readonly SearchValues<char> ItemBreaks = SearchValues.Create("、，：。！？；\n");
    private static readonly SearchValues<char> AndWords = SearchValues.Create("和及与");
    private static readonly WordSet ShiftWords = new(["向", "从", "由"]);

    private readonly NormalizedText _doc = doc;
    private readonly string _t = doc.Text;
    private readonly IndicatorCatalog _catalog = catalog;
    private readonly PhraseReader _phrases = phrases;
    private readonly ClaimMaker _maker = maker;
    private readonly List<Found> _found = found;
    private readonly List<Claim> _claims = claims;

    /// <summary>The subjects of the direction being read.</summary>
    private readonly List<(int Start, int End)> _subjects = [];

    /// <summary>Adds the direction claims of the sentence [s, e).</summary>
    public void Read(int s, int e)
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
            if (FoundList.AnyIn(CollectionsMarshal.AsSpan(_found), itemStart, after) || i == itemStart)
            {
                i = after;
                continue;
            }

            // 要把经济增长、社会发展…综合加以考虑: after 把 the direction word is a noun, not a predicate.
            var clauseStart = Clauses.Start(_t, i, s);
            if (_t.AsSpan(clauseStart, i - clauseStart).Contains('把'))
            {
                i = after;
                continue;
            }

            ReadDirection(clauseStart, itemStart, i, word, falls, s, after, e);
            i = after;
        }
    }

    private void ReadDirection(int clauseStart, int itemStart, int at, string word, bool falls, int s, int after, int e)
    {
        var subjectStart = DirectionSubjectStart(clauseStart, itemStart);
        var flat = word == "持平";
        var b = WithoutAdverbs(subjectStart, at, flat, out var roughly, out var againstLastYear);

        // 持平 is a change of 0 only against the year before (与上年持平), not 与全国持平.
        if (flat && !againstLastYear)
        {
            return;
        }

        var (a, end) = _phrases.Clean(subjectStart, b, keepList: true);
        if (end <= a)
        {
            return;
        }

        _subjects.Clear();
        Clauses.Split(_t, a, end, "、", _subjects);
        var strong = Lexicon.StrongDirections.Contains(word);
        if (word is "双下降" or "双降" || _subjects.Count == 1)
        {
            SplitAtAnd(both: word is "双下降" or "双降");
        }

        if (!strong && !_phrases.Measurable(_subjects[^1].Start, _subjects[^1].End))
        {
            return;
        }

        // 整车向产业生态布局、产值向增加值提升: a shift from one thing to another.
        if (Clauses.ContainsAny(_t, a, end, ShiftWords))
        {
            return;
        }

        var core = word.Length > 2 && word is not ("双下降" or "正增长") ? 2 : word.Length;
        var spanStart = after - core;
        var (start, endOriginal) = _doc.ToOriginal(spanStart, after);
        var (kind, year) = _maker.KindAndYear(s, at);
        var (textFrom, textTo) = _doc.ToOriginal(clauseStart, Clauses.End(_t, after, e));
        for (var k = 0; k < _subjects.Count; k++)
        {
            var (x, y) = _subjects[k];
            var (px, py) = _phrases.Clean(x, y);

            // 人民生活水平进一步提高: a word of quality rising is no measurable change.
            if (py <= px || NameNumbers.IsQuality(_t.AsSpan(px, py - px)))
            {
                continue;
            }

            var (bound, value) = flat ? (roughly ? Bound.About : Bound.Equal, (double?)0) : (falls ? Bound.LessThan : Bound.MoreThan, null);
            _claims.Add(_maker.Make(kind, year, _catalog.Canonicalize(_phrases.Text(px, py)), Measure.Growth, bound, value, "%", (textFrom, textTo), (start, endOriginal), at));
        }
    }

    /// <summary>The subject of a direction: its item, and the bare items before it in the same clause (见车率、见桩率、见板率不断提升).</summary>
    private int DirectionSubjectStart(int clauseStart, int itemStart)
    {
        var subjectStart = itemStart;
        while (subjectStart > clauseStart && _t[subjectStart - 1] == '、')
        {
            var prev = _t.LastIndexOf('、', subjectStart - 2, subjectStart - 1 - clauseStart);
            var prevStart = prev >= clauseStart ? prev + 1 : clauseStart;
            if (FoundList.AnyIn(CollectionsMarshal.AsSpan(_found), prevStart, subjectStart - 1) || HasDirection(prevStart, subjectStart - 1) || subjectStart - 1 - prevStart > 14)
            {
                break;
            }

            subjectStart = prevStart;
        }

        return subjectStart;
    }

    /// <summary>
    /// Where the subject ends once the adverbs before the direction are gone (持续, 稳步; for 持平 also
    /// 基本, 与上年): <paramref name="roughly"/> for 基本持平, <paramref name="againstLastYear"/> for 与上年持平.
    /// </summary>
    private int WithoutAdverbs(int subjectStart, int at, bool flat, out bool roughly, out bool againstLastYear)
    {
        var b = at;
        roughly = false;
        againstLastYear = false;
        while (b > subjectStart && (Lexicon.EndsWithAny(_t.AsSpan(subjectStart, b - subjectStart), Lexicon.DirectionAdverbs, out var adverb)
            || (flat && Lexicon.EndsWithAny(_t.AsSpan(subjectStart, b - subjectStart), Lexicon.FlatComparisons, out adverb))))
        {
            var stripped = _t.AsSpan(b - adverb, adverb);
            roughly |= flat && stripped.Contains("基本", StringComparison.Ordinal);
            againstLastYear |= flat && (stripped.Contains("上年", StringComparison.Ordinal) || stripped.Contains("去年", StringComparison.Ordinal) || stripped.Contains("同比", StringComparison.Ordinal));
            b -= adverb;
        }

        return b;
    }

    /// <summary>
    /// 工业用水量和用电量双下降, 城乡居民收入和消费同步增长: the last subject is two, joined by 和 / 及 / 与,
    /// when the direction says so (<paramref name="both"/>) or each half can be measured.
    /// </summary>
    private void SplitAtAnd(bool both)
    {
        var (x, y) = _subjects[^1];
        var andAt = _t.AsSpan(x, y - x).IndexOfAny(AndWords);
        andAt = andAt < 0 ? -1 : andAt + x;
        if (andAt > x && andAt < y - 1 && (both || (_phrases.Measurable(x, andAt) && _phrases.Measurable(andAt + 1, y))))
        {
            _subjects.RemoveAt(_subjects.Count - 1);
            _subjects.Add((x, andAt));
            _subjects.Add((andAt + 1, y));
        }
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
}
