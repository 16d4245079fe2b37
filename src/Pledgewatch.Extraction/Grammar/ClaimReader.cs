using System.Buffers;
using System.Runtime.InteropServices;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Reads the claims of one document, sentence by sentence. Each construct is its own part:
/// <see cref="QuantityFinder"/> finds the numbers that measure (and drops those that name),
/// this class names each of them (its indicator, measure and bound, shared or listed values),
/// <see cref="DirectionReader"/> reads directions without a number (持续下降), <see cref="NoTargets"/>
/// a target refused (没有提出…目标), and <see cref="ClaimMaker"/> gives every claim its kind, year,
/// period and evidence. <see cref="Antecedents"/> is all that one sentence leaves to the next.
/// One instance reads one document; it is not shared.
/// </summary>
internal sealed partial class ClaimReader
{
    private static readonly WordSet OtherVerbs = new(["实现", "达到", "达", "保持", "增长", "下降", "提升", "提高", "已", "接入", "有", "是", "占"]);
    private static readonly WordSet ComparisonWords = new(["比上年", "较上年", "同比", "比去年", "较去年", "比年初", "较年初"]);

    /// <summary>Sentences longer than this are read in pieces (at a comma where one comes soon).</summary>
    private const int MaxSentence = 1024;

    private readonly NormalizedText _doc;
    private readonly string _t;
    private readonly IndicatorCatalog _catalog;
    private readonly List<Claim> _claims;
    private readonly QuantityFinder _quantities;
    private readonly List<Found> _found = [];
    private readonly List<(int Start, int End)> _subjects = [];
    private readonly ClaimMaker _maker;
    private readonly DirectionReader _directions;
    private readonly PhraseReader _phrases;
    private readonly Antecedents _before = new();

    public ClaimReader(NormalizedText doc, IndicatorCatalog catalog, WordSet stripPrefixes, string region, int reportYear, List<Claim> claims, List<Diagnostic> diagnostics)
    {
        _doc = doc;
        _t = doc.Text;
        _catalog = catalog;
        _claims = claims;
        _quantities = new QuantityFinder(doc, _found, diagnostics);
        _maker = new ClaimMaker(doc, region, reportYear);
        _phrases = new PhraseReader(doc, catalog, stripPrefixes, region);
        _directions = new DirectionReader(doc, catalog, _phrases, _maker, _found, claims);
    }

    public void Read(Paragraph paragraph)
    {
        if (paragraph.IsHeading)
        {
            _maker.Heading(paragraph);
            _before.Heading(NameShapes.IndustryOfHeading(_t.AsSpan(paragraph.ContentStart, paragraph.End - paragraph.ContentStart)));
            return;
        }

        _maker.Paragraph(paragraph);
        _before.Paragraph();
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
        _maker.Sentence(s, e);
        _quantities.Find(s, e);
        if (_found.Count > 0)
        {
            EmitNumericClaims(s, e);
        }

        _directions.Read(s, e);
        ReadNoTargets(s, e);
        OrderByStart(first);
        for (var i = _claims.Count - 1; i >= first; i--)
        {
            if (_claims[i].Measure == Measure.Growth && _claims[i].Value is not null)
            {
                _before.Growth(_claims[i].Indicator);
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
            var year = Lexicon.PastMarkers.Occurs(_t.AsSpan(s, refusal.Start - s)) ? _maker.ReportYear - 1 : _maker.ReportYear;
            var clause = (ClauseStart(refusal.Start, s), ClauseEnd(refusal.End, e));
            var claim = _maker.Make(ClaimKind.Target, year, indicator, measure, Bound.Equal, null, measure == Measure.Growth ? "%" : known?.Unit ?? "",
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

    private bool HasQuantityIn(int a, int b) => FoundList.AnyIn(CollectionsMarshal.AsSpan(_found), a, b);

    private bool HasVerb(int a, int b) =>
        ContainsAny(a, b, Lexicon.AddedVerbs) || ContainsAny(a, b, OtherVerbs);

    private bool HasComparison(int a, int b) => ContainsAny(a, b, ComparisonWords);

    private bool ContainsAny(int a, int b, WordSet words) => Clauses.ContainsAny(_t, a, b, words);

    private bool StartsWithAny(int a, int e, WordSet words) => Clauses.StartsWithAny(_t, a, e, words);

    private int ClauseStart(int pos, int s) => Clauses.Start(_t, pos, s);

    private int ClauseEnd(int pos, int e) => Clauses.End(_t, pos, e);
}
