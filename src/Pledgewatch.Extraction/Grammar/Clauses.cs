using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>Clauses of a sentence (the text between clause breaks, <see cref="CharClass.IsClauseBreak"/>) and the questions every construct asks of a range of the text.</summary>
internal static class Clauses
{
    /// <summary>Where the clause holding <paramref name="pos"/> starts, not before <paramref name="s"/>.</summary>
    public static int Start(string t, int pos, int s)
    {
        for (var i = pos - 1; i >= s; i--)
        {
            if (CharClass.IsClauseBreak(t[i]))
            {
                return i + 1;
            }
        }

        return s;
    }

    /// <summary>Where the clause holding <paramref name="pos"/> ends, not after <paramref name="e"/>.</summary>
    public static int End(string t, int pos, int e)
    {
        for (var i = pos; i < e; i++)
        {
            if (CharClass.IsClauseBreak(t[i]))
            {
                return i;
            }
        }

        return e;
    }

    /// <summary>Adds to <paramref name="into"/> the non-empty pieces of [a, b) between any of <paramref name="separators"/>.</summary>
    public static void Split(string t, int a, int b, string separators, List<(int Start, int End)> into)
    {
        var from = a;
        for (var i = a; i <= b; i++)
        {
            if (i == b || separators.Contains(t[i]))
            {
                if (i > from)
                {
                    into.Add((from, i));
                }

                from = i + 1;
            }
        }
    }

    /// <summary>Whether [a, b) of the text holds any of the words; false for an empty range.</summary>
    public static bool ContainsAny(string t, int a, int b, WordSet words) => b > a && Lexicon.ContainsAny(t.AsSpan(a, b - a), words);

    /// <summary>Whether [a, e) of the text starts with any of the words; false for an empty range.</summary>
    public static bool StartsWithAny(string t, int a, int e, WordSet words) => a < e && Lexicon.StartsWithAny(t.AsSpan(a, e - a), words, out _);
}
