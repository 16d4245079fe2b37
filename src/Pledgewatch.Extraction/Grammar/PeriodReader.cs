using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// Gives every claim its period (claims.md, <c>period_start</c>). A heading or the opening clause of a
/// sentence (过去五年，…; “十四五”时期，…; 这是…的五年) sets the period of what follows until a
/// one-year opening (一年来，…; 2025年，…) or the next part of the report; a cue in the claim's own
/// sentence before the number wins; 年均 and 平均每年 make a figure multi-year wherever they stand.
/// The period also decides kind and year: 2021–2025 in a 2026 report is an outcome for 2025,
/// 今后五年 a target for 2030. One instance follows one document.
/// </summary>
internal sealed class PeriodReader(string text, int reportYear)
{
    private static readonly WordSet AverageWords = new(["年均", "平均每年", "每年平均", "年平均", "五年平均"]);
    private static readonly WordSet CumulativeWords = new(["累计", "共计", "总计", "合计", "累积"]);

    /// <summary>The period set by the heading or the sentence openings read so far, or null for one year.</summary>
    private Period? _context;

    /// <summary>
    /// The cues of the sentence being read, in order, each with where it ends: read once per sentence,
    /// when its first claim asks (most sentences hold none).
    /// </summary>
    private readonly List<(int End, Period Period, bool OneYear)> _cues = [];

    private (int Start, int End) _sentence;
    private bool _cuesRead;

    /// <summary>A heading naming only a multi-year period sets it; a top-level heading without one ends it.</summary>
    public void Heading(in Paragraph heading)
    {
        var line = text.AsSpan(heading.ContentStart, heading.End - heading.ContentStart);
        var cue = PeriodCues.Last(line, reportYear, out _, out var sawOneYear);
        if (cue is { IsMultiYear: true } && !sawOneYear)
        {
            _context = cue;
        }
        else if (sawOneYear || heading.Section is null || !heading.Section.Contains(" > ", StringComparison.Ordinal))
        {
            _context = null;
        }
    }

    /// <summary>
    /// The opening of a sentence: a multi-year cue at its very start (过去五年，… 经过五年…) or in a short
    /// sentence of its own (这是…的五年。) sets the period, a one-year cue ends it. A cue further in
    /// (57个县生产总值近3年年均增速快于全省) is about that clause only.
    /// </summary>
    public void Sentence(int s, int e)
    {
        _sentence = (s, e);
        _cuesRead = false;
        const int Opening = 8, Short = 30;
        var end = s;
        var limit = e - s <= Short ? Short : Opening;
        while (end < e && end - s < limit && text[end] is not ('，' or '：' or ','))
        {
            end++;
        }

        var cue = PeriodCues.Last(text.AsSpan(s, end - s), reportYear, out var oneYear, out _);
        if (cue is { IsMultiYear: true })
        {
            _context = cue;
        }
        else if (oneYear)
        {
            _context = null;
        }
    }

    /// <summary>The kind, year and first year of a claim whose number stands at <paramref name="at"/>.</summary>
    /// <remarks>The sentence is the one <see cref="Sentence"/> read last; its last cue before the number counts.</remarks>
    public (ClaimKind Kind, int Year, int? PeriodStart) Apply(ClaimKind kind, int year, int clauseStart, int at, Measure measure)
    {
        if (!_cuesRead)
        {
            ReadCues();
        }

        Period? cue = null;
        var oneYear = false;
        for (var k = _cues.Count - 1; k >= 0; k--)
        {
            if (_cues[k].End <= at)
            {
                (cue, oneYear) = (_cues[k].Period, _cues[k].OneYear);
                break;
            }
        }

        var clause = text.AsSpan(clauseStart, at - clauseStart);
        // 年均增长 is over years; PM2.5年均浓度 is one year's mean.
        var average = measure != Measure.Level && AverageAt(clause);
        Period? period = cue switch
        {
            { IsMultiYear: true } => cue,
            not null when oneYear => null,
            not null => cue,
            _ => _context,
        };

        if (period is not { } p)
        {
            // 今年计划…增长百分之九 in a review, 去年经济增长8.8% in a plan: the sentence names its year.
            // A goal already read as that year's (去年曾提出要把…) stays a goal.
            if (cue is { End: > 0 } named && oneYear && !average)
            {
                return kind == ClaimKind.Target && named.End == year ? (kind, year, null) : (named.End < reportYear ? ClaimKind.Outcome : ClaimKind.Target, named.End, null);
            }

            if (!average)
            {
                return (kind, year, null);
            }

            // 年均增长6.3% with no span named: the five years up to the figure's year (or from a target's).
            p = kind == ClaimKind.Outcome ? new Period(year - 4, year) : new Period(year, year + 4);
        }

        var kindOfPeriod = p.End < reportYear ? ClaimKind.Outcome : ClaimKind.Target;
        if (!p.IsMultiYear)
        {
            return (kindOfPeriod, p.End, null);
        }

        // A level in a five-year paragraph is the level at its end (达到6.1万家 in 2025); a total over
        // the years (五年累计), an average, a change or an addition is for the whole period.
        if (measure == Measure.Level && !average && !CumulativeWords.Occurs(clause))
        {
            return (kindOfPeriod, p.End, null);
        }

        return (kindOfPeriod, p.End, p.Start);
    }

    private void ReadCues()
    {
        _cues.Clear();
        var (s, e) = _sentence;
        var sentence = text.AsSpan(s, e - s);
        for (var i = 0; PeriodCues.Next(sentence, reportYear, ref i, out var found, out var isOneYear);)
        {
            _cues.Add((s + i, found, isOneYear));
        }

        _cuesRead = true;
    }

    /// <summary>年均, 平均每年 before the number; 全年平均 is one year's average.</summary>
    private static bool AverageAt(ReadOnlySpan<char> clause)
    {
        var at = AverageWords.IndexIn(clause);
        return at >= 0 && !(at > 0 && clause[at - 1] == '全' && clause[at..].StartsWith("年平均", StringComparison.Ordinal));
    }
}
