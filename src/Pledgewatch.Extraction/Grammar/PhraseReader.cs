using System.Buffers;
using System.Text;
using Pledgewatch.Extraction.Catalog;
using Pledgewatch.Extraction.Normalization;
using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// The phrases around a number in one document: the indicator before it (<see cref="Clean"/>),
/// the thing counted after it (<see cref="RightNoun"/>), their canonical names and the original
/// text they were read from. Holds no state of the sentence being read.
/// </summary>
internal sealed class PhraseReader(NormalizedText doc, IndicatorCatalog catalog, WordSet stripPrefixes, string region)
{
    /// <summary>What <see cref="Text"/> takes out of an indicator: spaces, line breaks, emphasis, full-width letters and digits.</summary>
    private static readonly SearchValues<char> PhraseNoise = SearchValues.Create(" \t\r\n\u00A0\u3000\u200B\uFEFF*０１２３４５６７８９ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ");

    private readonly NormalizedText _doc = doc;
    private readonly string _t = doc.Text;
    private readonly IndicatorCatalog _catalog = catalog;
    private readonly WordSet _stripPrefixes = stripPrefixes;
    private readonly string _region = region;

    /// <summary>
    /// Trims a phrase before a number down to the indicator: drops the verbs and adverbs around it,
    /// keeps what follows 等 (examples before it), stops at a place or comparison (在…, 较上年).
    /// Returns the clean-text range; empty when nothing is left.
    /// </summary>
    public (int Start, int End) Clean(int a, int b, bool keepList = false)
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

            // 一是, 二是 …: the enumeration of a list of tasks.
            var ordinal = CharClass.CountChineseOrdinals(_t.AsSpan(a, Math.Min(3, b - a)));
            if (ordinal > 0 && a + ordinal + 1 < b && _t[a + ordinal] == '是')
            {
                a += ordinal + 1;
                continue;
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
            var plan = PlanPeriodLength(span);
            if (plan > 0 && plan < span.Length)
            {
                a += plan;
                continue;
            }

            if (Lexicon.StartsWithAny(span, Lexicon.LeadingWords, out var lead) && (lead < span.Length || IsOnlyPredicate(span)) && !(lead == 1 && NameShapes.KeepsPartner(span)))
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

    /// <summary>
    /// The length of a plan period that opens a phrase (“十五”期间, “十四五”时期, 过去五年, 五年来):
    /// the claim's period, read by <see cref="PeriodReader"/>, and no part of its name.
    /// </summary>
    private static int PlanPeriodLength(ReadOnlySpan<char> span)
    {
        if (span.Length > 4 && span[0] == '“')
        {
            var close = span[..Math.Min(span.Length, 7)].IndexOf('”');
            if (close > 1 && Lexicon.StartsWithAny(span[(close + 1)..], Lexicon.PeriodNouns, out var noun))
            {
                return close + 1 + noun;
            }
        }

        return Lexicon.StartsWithAny(span, Lexicon.PeriodOpenings, out var opening) ? opening : 0;
    }

    /// <summary>The length of a year that opens a phrase: 2024年, 2022年度.</summary>
    private int LeadingYearLength(int a, int b)
    {
        // 到2030年, 至2027年, 截至2025年底 date the claim; they are not part of its name.
        var lead = b - a > 2 && _t.AsSpan(a, 2) is "截至" or "截止" ? 2 : b - a > 1 && _t[a] is '到' or '至' ? 1 : 0;
        if (b - a - lead < 6 || !CharClass.IsAsciiDigit(_t[a + lead]) || RoleCues.FindYear(_t.AsSpan(a + lead, 5)) is null)
        {
            return 0;
        }

        a += lead;
        var length = 5;
        if (a + length < b && _t[a + length] is '度' or '的' or '底' or '末')
        {
            length++;
        }

        return length + lead;
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

            if (c == '从' && i + 1 < _t.Length && (char.IsDigit(_t[i + 1]) || (i + 1 < b && _t[i + 1] is '上' or '去')))
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
    public (int Start, int End) RightNoun(int from, int clauseEnd)
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

    public string Canonical(int a, int b) => _catalog.Canonicalize(NameShapes.Tidy(WithoutInnerVerb(Text(a, b))));

    /// <summary>
    /// The name with the words around the count that belong to it (<see cref="NameShapes"/>): the
    /// work before its object or after 进行, the service 提供 to the people counted, the honour won.
    /// </summary>
    public string NameInContext(string indicator, int a, int b, bool isRight, int leftStart, int clauseStart, int numberStart, int clauseEnd)
    {
        string? shaped;
        if (isRight)
        {
            if (!NameShapes.CanShapeAfter(_t, b, clauseEnd))
            {
                return indicator;
            }

            var thing = Text(a, b);
            shaped = NameShapes.WorkAfter(_t, b, clauseEnd) is { } work
                ? thing + work
                : NameShapes.ServiceName(_t, clauseStart, numberStart, b, clauseEnd, thing) ?? NameShapes.HonourName(_t, b, clauseEnd, thing);
        }
        else
        {
            shaped = NameShapes.WorkBefore(_t, leftStart, a) is { } work ? NameShapes.WorkName(work, Text(a, b)) : null;
        }

        return shaped is null ? indicator : _catalog.Canonicalize(NameShapes.Tidy(shaped));
    }

    /// <summary>规上工业企业实现营业收入 → 规上工业企业营业收入: the subject and its measure, without the verb between them.</summary>
    private static string WithoutInnerVerb(string phrase)
    {
        if (phrase.Length < 6)
        {
            return phrase;
        }

        foreach (var verb in Lexicon.InnerVerbs.Words)
        {
            var at = phrase.IndexOf(verb, 2, StringComparison.Ordinal);
            if (at >= 2 && phrase.Length - at - verb.Length >= 2)
            {
                return string.Concat(phrase.AsSpan(0, at), phrase.AsSpan(at + verb.Length));
            }
        }

        return phrase;
    }

    /// <summary>The original text of a clean range, without line breaks and spaces, digits folded.</summary>
    public string Text(int a, int b)
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

    /// <summary>A phrase that names something measurable: it ends like a measure (率, 量, 收入…) or the catalog knows it.</summary>
    public bool Measurable(int a, int b)
    {
        if (b <= a)
        {
            return false;
        }

        var span = _t.AsSpan(a, b - a);
        return Lexicon.EndsWithAny(span, Lexicon.MeasurableEndings, out _) || _catalog.Knows(span);
    }
}
