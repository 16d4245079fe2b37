using System.Collections.Frozen;

namespace Pledgewatch.Extraction.Grammar;

/// <summary>Words with a meaning each, matched longest first before or after a position.</summary>
internal sealed class WordList<T>
{
    private readonly FrozenDictionary<char, (string Word, T Meaning)[]> _byFirst;
    private readonly FrozenDictionary<char, (string Word, T Meaning)[]> _byLast;

    public WordList(IEnumerable<(string, T)> words)
    {
        var sorted = words.OrderByDescending(w => w.Item1.Length).ToArray();
        _byFirst = sorted.GroupBy(w => w.Item1[0]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        _byLast = sorted.GroupBy(w => w.Item1[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        FirstChars = System.Buffers.SearchValues.Create(new string(_byFirst.Keys.ToArray()));
    }

    /// <summary>The characters a word of the list can start with, for vectorised scanning.</summary>
    public System.Buffers.SearchValues<char> FirstChars { get; }

    /// <summary>The longest word that ends exactly at <paramref name="end"/> (not before <paramref name="floor"/>).</summary>
    public bool MatchBefore(string text, int floor, int end, out string word, out T meaning)
    {
        if (end > floor && end <= text.Length && _byLast.TryGetValue(text[end - 1], out var candidates))
        {
            foreach (var (w, m) in candidates)
            {
                var start = end - w.Length;
                if (start >= floor && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
                {
                    word = w;
                    meaning = m;
                    return true;
                }
            }
        }

        word = "";
        meaning = default!;
        return false;
    }

    /// <summary>The longest word that starts exactly at <paramref name="start"/> (ending by <paramref name="limit"/>).</summary>
    public bool MatchAt(string text, int start, int limit, out string word, out T meaning)
    {
        if (start < limit && _byFirst.TryGetValue(text[start], out var candidates))
        {
            foreach (var (w, m) in candidates)
            {
                if (start + w.Length <= limit && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
                {
                    word = w;
                    meaning = m;
                    return true;
                }
            }
        }

        word = "";
        meaning = default!;
        return false;
    }
}
