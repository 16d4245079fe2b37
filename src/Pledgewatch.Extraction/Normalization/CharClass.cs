namespace Pledgewatch.Extraction.Normalization;

/// <summary>Character classes the normaliser and the grammar share.</summary>
internal static class CharClass
{
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
        || char.IsSurrogate(c);

    /// <summary>一 to 十: the ordinals of headings (一、), lists (第一、二) and enumerations (一是).</summary>
    public const string ChineseOrdinals = "一二三四五六七八九十";

    /// <summary>How many Chinese ordinal characters open <paramref name="text"/>.</summary>
    public static int CountChineseOrdinals(ReadOnlySpan<char> text)
    {
        var n = text.IndexOfAnyExcept(ChineseOrdinals);
        return n < 0 ? text.Length : n;
    }

    public static bool IsAsciiDigit(char c) => c is >= '0' and <= '9';

    public static bool IsAsciiLetter(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';

    public static bool IsAsciiAlnum(char c) => IsAsciiDigit(c) || IsAsciiLetter(c);

    /// <summary>Spaces inside a line: ASCII, tab, no-break and ideographic (U+3000).</summary>
    public static bool IsInlineSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u202F';

    /// <summary>Characters with no width that only get in the way (BOM, zero-width space and joiners).</summary>
    public static bool IsInvisible(char c) => c is '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD';

    /// <summary>Punctuation that ends a sentence or a clause; a line ending in one of these ends a paragraph.</summary>
    public static bool IsTerminal(char c) =>
        c is '。' or '！' or '？' or '；' or '：' or '…' or '”' or '’' or '）' or '」' or '』' or '】' or '*' or '!' or '?' or ';' or ':' or ')';

    /// <summary>Ends a sentence: the grammar never reads across one.</summary>
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '\n';

    /// <summary>Separates clauses within a sentence.</summary>
    public static bool IsClauseBreak(char c) => c is '，' or '：' || IsSentenceEnd(c);
}
