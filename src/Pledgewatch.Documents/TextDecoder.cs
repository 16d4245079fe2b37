using System.Text;

namespace Pledgewatch.Documents;

/// <summary>
/// Decodes report bytes to text, detecting the encoding from the bytes: a BOM (UTF-8, UTF-16),
/// else valid UTF-8, else GB18030 (which includes GBK) when the result reads as Chinese text.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="DocumentReadException"/> for binary data.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            throw new DocumentReadException("empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Checked(LenientUtf8.GetString(bytes[3..])), "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Checked(Encoding.Unicode.GetString(bytes[2..(2 + ((bytes.Length - 2) & ~1))])), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Checked(Encoding.BigEndianUnicode.GetString(bytes[2..(2 + ((bytes.Length - 2) & ~1))])), "utf-16be");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return DecodeWithNulls(bytes);
        }

        // Valid UTF-8 is by far the most common case: one strict pass decodes it.
        try
        {
            return (Checked(StrictUtf8.GetString(bytes)), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: the cases below tell a truncated file, a few bad bytes and GB18030 apart.
        }

        // Valid UTF-8 but for a last character cut off by truncation.
        var validLength = Utf8ValidPrefix(bytes);
        if (validLength == bytes.Length || (bytes.Length - validLength < 4 && IsIncompleteTail(bytes[validLength..])))
        {
            return (Checked(StrictUtf8.GetString(bytes[..validLength])), "utf-8");
        }

        // Mostly UTF-8 with a few broken bytes: keep UTF-8, replacing what is broken.
        var utf8 = LenientUtf8.GetString(bytes);
        var replaced = utf8.AsSpan().Count('\uFFFD');
        if (replaced * 1000 < utf8.Length)
        {
            return (Checked(utf8), "utf-8 (with invalid bytes replaced)");
        }

        var gb = Encoding.GetEncoding(54936).GetString(bytes);
        if (LooksLikeChinese(gb))
        {
            return (Checked(gb), "gb18030");
        }

        throw new DocumentReadException("not text: the bytes are neither UTF-8, UTF-16 nor GB18030/GBK");
    }

    private static (string, string) DecodeWithNulls(ReadOnlySpan<byte> bytes)
    {
        // UTF-16 without a BOM: Chinese and ASCII text have zeros in one half of most code units.
        int evenZeros = 0, oddZeros = 0;
        var sample = Math.Min(bytes.Length, 4096) & ~1;
        for (var i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        var units = sample / 2;
        if (units > 0 && oddZeros > units / 4 && evenZeros < units / 20)
        {
            return (Checked(Encoding.Unicode.GetString(bytes[..(bytes.Length & ~1)])), "utf-16le");
        }

        if (units > 0 && evenZeros > units / 4 && oddZeros < units / 20)
        {
            return (Checked(Encoding.BigEndianUnicode.GetString(bytes[..(bytes.Length & ~1)])), "utf-16be");
        }

        throw new DocumentReadException("binary file: not a text document");
    }

    private static int Utf8ValidPrefix(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        var rest = bytes;
        Span<char> buffer = stackalloc char[1024];
        while (!rest.IsEmpty)
        {
            var result = System.Text.Unicode.Utf8.ToUtf16(rest, buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            index += read;
            rest = rest[read..];
            if (result == System.Buffers.OperationStatus.Done)
            {
                return index;
            }

            if (result != System.Buffers.OperationStatus.DestinationTooSmall)
            {
                return index;
            }
        }

        return index;
    }

    private static bool IsIncompleteTail(ReadOnlySpan<byte> tail) => tail.Length > 0 && tail[0] >= 0xC2 && tail[0] <= 0xF4;

    /// <summary>GB18030 decodes almost any bytes; real Chinese text is mostly common ideographs and ASCII.</summary>
    private static bool LooksLikeChinese(string text)
    {
        int common = 0, other = 0;
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                continue;
            }

            if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF' or '“' or '”' or '—' or '…' or '·')
            {
                common++;
            }
            else
            {
                other++;
            }
        }

        return common > 0 && other * 10 < common;
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F");

    /// <summary>Refuses text that is mostly control characters: binary data decoded by accident.</summary>
    private static string Checked(string text)
    {
        if (text.AsSpan().IndexOfAny(Controls) < 0)
        {
            return text;
        }

        var control = 0;
        foreach (var c in text)
        {
            if (c < 0x20 && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
        }

        if (control * 100 > text.Length)
        {
            throw new DocumentReadException("binary file: not a text document");
        }

        return text;
    }
}
