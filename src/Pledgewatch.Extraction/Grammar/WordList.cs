namespace Pledgewatch.Extraction.Grammar;

/// <summary>Words with a meaning each, matched longest first before or after a position.</summary>
internal sealed class WordList<T>
{
    private readonly (string Word, T Meaning)[] _words;

    public WordList(IEnumerable<(string, T)> words) =>
        _words = words.OrderByDescending(w => w.Item1.Length).ToArray();

    /// <summary>The longest word that ends exactly at <paramref name="end"/> (not before <paramref name="floor"/>).</summary>
    public bool MatchBefore(string text, int floor, int end, out string word, out T meaning)
    {
        foreach (var (w, m) in _words)
        {
            var start = end - w.Length;
            if (start >= floor && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
            {
                word = w;
                meaning = m;
                return true;
            }
        }

        word = "";
        meaning = default!;
        return false;
    }

    /// <summary>The longest word that starts exactly at <paramref name="start"/> (ending by <paramref name="limit"/>).</summary>
    public bool MatchAt(string text, int start, int limit, out string word, out T meaning)
    {
        foreach (var (w, m) in _words)
        {
            if (start + w.Length <= limit && string.CompareOrdinal(text, start, w, 0, w.Length) == 0)
            {
                word = w;
                meaning = m;
                return true;
            }
        }

        word = "";
        meaning = default!;
        return false;
    }
}
