using System.Collections.Frozen;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>
/// A set of words looked up by their first (or last) character, so that scanning a text for
/// any of a hundred verbs costs one dictionary probe per character, not a hundred comparisons.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenDictionary<char, string[]> _byFirst;
    private readonly FrozenDictionary<char, string[]> _byLast;
    private readonly FrozenSet<string> _all;

    public WordSet(IEnumerable<string> words)
    {
        var list = words.Distinct(StringComparer.Ordinal).ToArray();
        Words = list;
        _all = list.ToFrozenSet(StringComparer.Ordinal);
        _byFirst = list.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        _byLast = list.GroupBy(w => w[^1]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
    }

    public IReadOnlyList<string> Words { get; }

    public bool Contains(string word) => _all.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _all.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The length of the longest word that <paramref name="text"/> starts with, or 0.</summary>
    public int LongestPrefix(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !_byFirst.TryGetValue(text[0], out var candidates))
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
        if (text.IsEmpty || !_byLast.TryGetValue(text[^1], out var candidates))
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
        for (var i = 0; i < text.Length; i++)
        {
            if (_byFirst.TryGetValue(text[i], out var candidates))
            {
                var rest = text[i..];
                foreach (var w in candidates)
                {
                    if (rest.StartsWith(w, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }
        }

        return -1;
    }
}
