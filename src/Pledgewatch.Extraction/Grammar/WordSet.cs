using System.Buffers;
using System.Collections.Frozen;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// A set of words looked up by their first (or last) character, so that scanning a text for
/// any of a hundred verbs skips to the characters that can start one and compares only there.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenDictionary<char, string[]> _byFirst;
    private readonly FrozenDictionary<char, string[]> _byLast;
    private readonly FrozenSet<string> _all;
    private readonly SearchValues<char> _firsts;

    // One bit per character that starts (ends) a word: most probes miss, and a bit answers them.
    private readonly ulong[] _firstBits = new ulong[1024];
    private readonly ulong[] _lastBits = new ulong[1024];

    /// <summary>Spans shorter than this are scanned a character at a time; longer ones with a vectorised search.</summary>
    private const int ShortSpan = 24;

    public WordSet(IEnumerable<string> words)
    {
        var list = words.Distinct(StringComparer.Ordinal).ToArray();
        Words = list;
        _all = list.ToFrozenSet(StringComparer.Ordinal);
        _byFirst = list.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        _byLast = list.GroupBy(w => w[^1]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        _firsts = SearchValues.Create([.. _byFirst.Keys]);
        foreach (var w in list)
        {
            _firstBits[w[0] >> 6] |= 1UL << (w[0] & 63);
            _lastBits[w[^1] >> 6] |= 1UL << (w[^1] & 63);
        }
    }

    private static bool Has(ulong[] bits, char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string word) => _all.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _all.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The length of the longest word that <paramref name="text"/> starts with, or 0.</summary>
    public int LongestPrefix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !Has(_firstBits, text[0]) || !_byFirst.TryGetValue(text[0], out var candidates))
        {
            return 0;
        }

        foreach (var w in candidates)
        {
            if (text.StartsWith(w, StringComparison.Ordinal))
            {
                return w.Length;
            }
        }

        return 0;
    }

    /// <summary>The length of the longest word that <paramref name="text"/> ends with, or 0.</summary>
    public int LongestSuffix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !Has(_lastBits, text[^1]) || !_byLast.TryGetValue(text[^1], out var candidates))
        {
            return 0;
        }

        foreach (var w in candidates)
        {
            if (text.EndsWith(w, StringComparison.Ordinal))
            {
                return w.Length;
            }
        }

        return 0;
    }

    /// <summary>True when any word occurs in <paramref name="text"/>.</summary>
    public bool Occurs(ReadOnlySpan<char> text) => IndexIn(text) >= 0;

    /// <summary>Where the first occurrence of any word starts, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text)
    {
        // Jump from one possible first character to the next (a vectorised search over a long span,
        // a bit per character over a short one), then try the words.
        var i = 0;
        while (i < text.Length)
        {
            if (text.Length - i < ShortSpan)
            {
                while (i < text.Length && !Has(_firstBits, text[i]))
                {
                    i++;
                }

                if (i == text.Length)
                {
                    return -1;
                }
            }
            else
            {
                var skip = text[i..].IndexOfAny(_firsts);
                if (skip < 0)
                {
                    return -1;
                }

                i += skip;
            }

            var rest = text[i..];
            foreach (var w in _byFirst[text[i]])
            {
                if (rest.StartsWith(w, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            i++;
        }

        return -1;
    }
}
