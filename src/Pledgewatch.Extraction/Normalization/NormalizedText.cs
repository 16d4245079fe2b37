namespace Pledgewatch.Extraction.Normalization;

/// <summary>
/// The clean text the grammar reads, with a map from every clean index back to the original.
/// </summary>
public sealed class NormalizedText
{
    private int[] _map;
    private readonly bool _rented;

    internal NormalizedText(string original, string text, int[] map, bool rented = false)
    {
        Original = original;
        Text = text;
        _map = map;
        _rented = rented;
    }

    /// <summary>Gives a borrowed map back to the pool; the text cannot map offsets afterwards.</summary>
    internal void ReturnMap()
    {
        if (_rented && _map.Length > 0)
        {
            System.Buffers.ArrayPool<int>.Shared.Return(_map);
            _map = [];
        }
    }

    /// <summary>The decoded original document.</summary>
    public string Original { get; }

    /// <summary>The normalised text: half-width digits, no markup, sentences joined across line wraps.</summary>
    public string Text { get; }

    /// <summary>The original offset of the clean character at <paramref name="index"/>.</summary>
    public int ToOriginal(int index) => _map[index];

    /// <summary>Maps a clean range to the original range that covers the same characters.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (end <= start)
        {
            var at = start < _map.Length ? _map[start] : Original.Length;
            return (at, at);
        }

        var last = _map[end - 1];
        // A surrogate pair stays whole: its high half maps to the low half's neighbour.
        var originalEnd = last + 1;
        if (originalEnd < Original.Length && char.IsHighSurrogate(Original[last]) && char.IsLowSurrogate(Original[originalEnd]))
        {
            originalEnd++;
        }

        return (_map[start], originalEnd);
    }
}
