using System.Buffers;
using System.Runtime.InteropServices;
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
internal sealed partial class ClaimReader
{
    private static readonly WordSet OtherVerbs = new(["实现", "达到", "达", "保持", "增长", "下降", "提升", "提高", "已", "接入", "有", "是", "占"]);
    private static readonly WordSet ComparisonWords = new(["比上年", "较上年", "同比", "比去年", "较去年", "比年初", "较年初"]);
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
    private readonly string _region;
    private readonly int _reportYear;
    private readonly List<Claim> _claims;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<Found> _found = [];
    private readonly List<(int Start, int End)> _subjects = [];
    private readonly PeriodReader _periods;
    private readonly PhraseReader _phrases;
    private Paragraph _paragraph;
    private int _sentenceStart;

    private ((int Start, int End) Range, string Text) _lastText = ((-1, -1), "");

    // The subjects of the last 分别 list, and the sentence it was read in.
    private string[]? _distributed;
    private int _distributedSentence = -1;

    // Where the sentence being read says 力争/争取 (a goal), a word of plans, a goal imperative (要把) and a
    // quoting verb (曾提出), or int.MaxValue.
    private int _aspirationAt;
    private int _planWordAt;
    private int _imperativeAt;
    private int _quoteAt;

    // The subject of the last change in the paragraph's sentence before (for a bare 涨幅), and the
    // industry the current heading names (新能源之都…), or null.
    private string? _lastGrowth;
    private string? _industry;

    public ClaimReader(NormalizedText doc, IndicatorCatalog catalog, WordSet stripPrefixes, string region, int reportYear, List<Claim> claims, List<Diagnostic> diagnostics)
    {
        _doc = doc;
        _t = doc.Text;
        _catalog = catalog;
        _region = region;
        _reportYear = reportYear;
        _claims = claims;
        _diagnostics = diagnostics;
        _periods = new PeriodReader(_t, reportYear);
        _phrases = new PhraseReader(doc, catalog, stripPrefixes, region);
    }

    public void Read(Paragraph paragraph)
    {
        if (paragraph.IsHeading)
        {
            _periods.Heading(paragraph);
            _industry = NameShapes.IndustryOfHeading(_t.AsSpan(paragraph.ContentStart, paragraph.End - paragraph.ContentStart));
            return;
        }

        _paragraph = paragraph;
        _lastGrowth = null;
        var s = paragraph.ContentStart;
        while (s < paragraph.End)
        {
            var length = _t.AsSpan(s, paragraph.End - s).IndexOfAny(SentenceEnds);
            var e = length < 0 ? paragraph.End : s + length;

            // No report writes a sentence this long: a run-on input is read in pieces (at a comma where
            // one comes soon), which keeps the work per character bounded. The sentence's end is found
            // once, not again for every piece, so the whole stays linear in the input.
            while (e - s > MaxSentence)
            {
                var comma = _t.AsSpan(s + MaxSentence, Math.Min(MaxSentence, e - s - MaxSentence)).IndexOf('，');
                var piece = comma >= 0 ? s + MaxSentence + comma : Math.Min(e, s + 2 * MaxSentence);
                ReadSentence(s, piece);
                s = piece;
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
        _sentenceStart = s;
        _periods.Sentence(s, e);
        _aspirationAt = FindAspiration(s, e);
        _planWordAt = _paragraph.Role == SectionRole.Unknown ? PlanWordAt(s, e) : int.MaxValue;
        _imperativeAt = _paragraph.Role == SectionRole.Review ? ImperativeAt(s, e) : int.MaxValue;
        var quote = Lexicon.QuotingWords.IndexIn(_t.AsSpan(s, e - s));
        _quoteAt = quote < 0 ? int.MaxValue : s + quote;
        FindQuantities(s, e);
        if (_found.Count > 0)
        {
            MarkRanges();
            MarkThresholds(e);
            EmitNumericClaims(s, e);
        }

        ReadDirections(s, e);
        ReadNoTargets(s, e);
        OrderByStart(first);
        for (var i = _claims.Count - 1; i >= first; i--)
        {
            if (_claims[i].Measure == Measure.Growth && _claims[i].Value is not null)
            {
                _lastGrowth = _claims[i].Indicator;
                break;
            }
        }
    }

    /// <summary>
    /// 我们没有提出全年经济增速具体目标: a target claim without a value for the year the sentence is
    /// about (the report's own, or the year before after 去年).
    /// </summary>
    private void ReadNoTargets(int s, int e)
    {
        var from = s;
        while (NoTargets.Next(_t, ref from, e, out var refusal, out var subject, out var growth))
        {
            var indicator = _phrases.Canonical(subject.Start, subject.End);
            var known = _catalog.Find(indicator);
            var measure = growth ? Measure.Growth : known?.UsualMeasure ?? Measure.Level;
            var year = Lexicon.PastMarkers.Occurs(_t.AsSpan(s, refusal.Start - s)) ? _reportYear - 1 : _reportYear;
            var clause = (ClauseStart(refusal.Start, s), ClauseEnd(refusal.End, e));
            var claim = NewClaim(ClaimKind.Target, year, indicator, measure, Bound.Equal, null, measure == Measure.Growth ? "%" : known?.Unit ?? "",
                _doc.ToOriginal(clause.Item1, clause.Item2), _doc.ToOriginal(refusal.Start, refusal.End), refusal.Start);
            _claims.Add(claim with { Kind = ClaimKind.Target, Year = year, PeriodStart = null, NoTarget = true });
        }
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

    // ---- Small helpers ----------------------------------------------------------------

    private bool HasQuantityIn(int a, int b)
    {
        // _found is in text order: find the first quantity at or after a.
        var found = CollectionsMarshal.AsSpan(_found);
        int lo = 0, hi = found.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (found[mid].Q.Start < a)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < found.Length && found[k].Q.Start < b; k++)
        {
            if (found[k].IsClaim || found[k].IsThreshold)
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
