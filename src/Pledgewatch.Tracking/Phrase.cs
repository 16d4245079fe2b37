using System.Text;

namespace Pledgewatch.Tracking;

/// <summary>The language a reader reads a page, an export or a reason in.</summary>
public enum ReaderLanguage
{
    Chinese,
    English,
}

/// <summary>
/// Words for a reader in parts: the product's own words in the reader's language, and data (an
/// indicator, a document's name, a sentence) as the documents wrote it, so a page can mark the
/// data as such (not to be translated) and a plain text joins them.
/// </summary>
public sealed class Phrase
{
    private readonly List<(string Text, bool IsData)> _parts = [];

    public IReadOnlyList<(string Text, bool IsData)> Parts => _parts;

    /// <summary>Words of the product, in the reader's language.</summary>
    public Phrase Say(string text)
    {
        if (text.Length > 0)
        {
            _parts.Add((text, false));
        }

        return this;
    }

    /// <summary>Data as written in the documents (never translated).</summary>
    public Phrase Quote(string text)
    {
        if (text.Length > 0)
        {
            _parts.Add((text, true));
        }

        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (part, _) in _parts)
        {
            text.Append(part);
        }

        return text.ToString();
    }
}
