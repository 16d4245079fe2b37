using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Makes the claims of one document from what the reader found: decides each claim's kind and year
/// from its sentence and section (a review or a plan, a year stated with the number, a goal quoted in
/// a review), its period, whether it is aspirational (力争), and gives it its evidence. It knows where
/// the reader is (the paragraph and the sentence) and nothing of how the claim was named.
/// </summary>
internal sealed class ClaimMaker
{
    private static readonly WordSet DoneWords = new(["完成", "实现了"]);

    /// <summary>The cues of the sentence being read: where it starts, and where it says 力争/争取 (a goal), a word of plans, a goal imperative (要把) and a quoting verb (曾提出), or int.MaxValue.</summary>
    private readonly record struct SentenceCues(int Start, int AspirationAt, int PlanWordAt, int ImperativeAt, int QuoteAt);

    private readonly NormalizedText _doc;
    private readonly string _t;
    private readonly string _region;
    private readonly PeriodReader _periods;
    private Paragraph _paragraph;
    private SentenceCues _sentence;
    private ((int Start, int End) Range, string Text) _lastText = ((-1, -1), "");

    public ClaimMaker(NormalizedText doc, string region, int reportYear)
    {
        _doc = doc;
        _t = doc.Text;
        _region = region;
        ReportYear = reportYear;
        _periods = new PeriodReader(_t, reportYear);
    }

    /// <summary>The year of the report: the year its plan is for.</summary>
    public int ReportYear { get; }

    /// <summary>A heading: it may name the period of what follows.</summary>
    public void Heading(Paragraph heading) => _periods.Heading(heading);

    /// <summary>A paragraph of text begins: its section, role and year date its claims.</summary>
    public void Paragraph(Paragraph paragraph) => _paragraph = paragraph;

    /// <summary>A sentence [s, e) of the current paragraph begins.</summary>
    public void Sentence(int s, int e)
    {
        _periods.Sentence(s, e);
        var quote = Lexicon.QuotingWords.IndexIn(_t.AsSpan(s, e - s));
        _sentence = new SentenceCues(
            s,
            FindAspiration(s, e),
            _paragraph.Role == SectionRole.Unknown ? PlanWordAt(s, e) : int.MaxValue,
            _paragraph.Role == SectionRole.Review ? ImperativeAt(s, e) : int.MaxValue,
            quote < 0 ? int.MaxValue : s + quote);
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
    public Claim Make(ClaimKind kind, int year, string indicator, Measure measure, Bound bound, double? value, string unit, (int Start, int End) text, (int Start, int End) number, int at)
    {
        int? periodStart;
        (kind, year, periodStart) = _periods.Apply(kind, year, Clauses.Start(_t, at, _sentence.Start), at, measure);
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
            Aspirational = _sentence.AspirationAt < at,
            Section = _paragraph.Section,
        };
    }

    public (ClaimKind Kind, int Year) KindAndYear(int sentenceStart, int at)
    {
        // A year written with the number (到2023年的590万元, 2023年督办26件) is the claim's own.
        if ((StatedYear(Clauses.Start(_t, at, sentenceStart), at) ?? LeadingTimeClauseYear(sentenceStart, at)) is { } stated)
        {
            // 去年曾提出要把…控制在…: a review quoting last year's goal.
            return stated < ReportYear && !StatesTheGoal(sentenceStart, at) ? (ClaimKind.Outcome, stated) : (ClaimKind.Target, stated);
        }

        var role = _paragraph.Role;
        if (role == SectionRole.Unknown)
        {
            role = _sentence.PlanWordAt < at && !Clauses.ContainsAny(_t, sentenceStart, at, DoneWords)
                ? SectionRole.Plan
                : SectionRole.Review;
            return role == SectionRole.Plan ? (ClaimKind.Target, ReportYear) : (ClaimKind.Outcome, _paragraph.Year);
        }

        // 要把…控制在, 努力把…: a goal, under a heading of the plan's tasks the structure could not tell from the review.
        if (role == SectionRole.Review && _sentence.ImperativeAt < at)
        {
            return (ClaimKind.Target, ReportYear);
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
        if (_sentence.QuoteAt < at && !Lexicon.ResultWords.Occurs(_t.AsSpan(_sentence.QuoteAt, at - _sentence.QuoteAt)))
        {
            return true;
        }

        var clause = _t.AsSpan(Clauses.Start(_t, at, sentenceStart), at - Clauses.Start(_t, at, sentenceStart));
        var goal = Lexicon.GoalWords.IndexIn(clause);
        return goal >= 0 && !Lexicon.ResultWords.Occurs(clause[goal..]);
    }

    /// <summary>到2025年，…; 截至2023年底，…: a short opening clause that dates the sentence.</summary>
    private int? LeadingTimeClauseYear(int sentenceStart, int at)
    {
        var end = Clauses.End(_t, sentenceStart, at);
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
}
