using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// A report's statement that it sets no target for an indicator (Specs/Sections.md): 我们没有提出
/// 全年经济增速具体目标, 不设定地区生产总值增长具体目标. Finds the words of refusal and the
/// indicator between them and 目标; reads the text only.
/// </summary>
internal static class NoTargets
{
    private static readonly WordSet Refusals = new([
        "没有提出", "未提出", "不提出", "不再提出", "不提", "不设定", "不再设定", "未设定", "不设", "不再设", "未设",
        "不制定", "未制定",
    ]);

    /// <summary>Words between the indicator and 目标 that qualify the target, not the indicator.</summary>
    private static readonly WordSet TargetWords = new(["具体", "量化", "预期", "的", "年度", "全年", "增长"]);

    /// <summary>Words of the year before the indicator.</summary>
    private static readonly WordSet YearWords = new(["全年", "今年", "年度", "当年"]);

    /// <summary>The longest stretch between the refusal and 目标 that is read as the indicator.</summary>
    private const int MaxSubject = 20;

    /// <summary>
    /// Finds the next refusal in [<paramref name="from"/>, <paramref name="e"/>): where its words stand
    /// and the indicator's range (empty when none is named). False when the sentence holds no more.
    /// </summary>
    public static bool Next(string t, ref int from, int e, out (int Start, int End) refusal, out (int Start, int End) subject, out bool growth)
    {
        refusal = subject = default;
        growth = false;

        // Most sentences name no 目标: one vectorised search settles them.
        if (t.AsSpan(from, Math.Max(0, e - from)).IndexOf("目标", StringComparison.Ordinal) < 0)
        {
            from = e;
            return false;
        }

        while (from < e)
        {
            var at = Refusals.IndexIn(t.AsSpan(from, e - from));
            if (at < 0)
            {
                from = e;
                return false;
            }

            at += from;
            var length = Refusals.LongestPrefix(t.AsSpan(at, e - at));
            from = at + length;
            var limit = Math.Min(e, from + MaxSubject + 2);
            var goal = t.IndexOf("目标", from, limit - from, StringComparison.Ordinal);
            if (goal < 0 || t.AsSpan(from, goal - from).IndexOfAny('，', '、', '：') >= 0)
            {
                continue;
            }

            var (a, b) = (from, goal);
            while (a < b && YearWords.LongestPrefix(t.AsSpan(a, b - a)) is > 0 and var lead)
            {
                a += lead;
            }

            while (b > a && TargetWords.LongestSuffix(t.AsSpan(a, b - a)) is > 0 and var trail)
            {
                growth |= t.AsSpan(b - trail, trail) is "增长";
                b -= trail;
            }

            var rate = Lexicon.RatesOfChange.LongestSuffix(t.AsSpan(a, b - a));
            if (rate > 0 && b - rate - a >= 2)
            {
                growth = true;
                b -= rate;
            }

            from = goal + 2;
            if (b - a >= 2 && CharClass.IsHan(t[a]))
            {
                refusal = (at, at + length);
                subject = (a, b);
                return true;
            }
        }

        return false;
    }
}
