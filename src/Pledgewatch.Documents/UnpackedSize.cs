using System.IO.Compression;

namespace Pledgewatch.Documents;

/// <summary>
/// Bombs are refused before they are parsed: the parts a reader will unpack are inflated into a counter
/// first (nothing kept, a small buffer), and the count stops at the limit. Linear in the limit, whatever
/// the file claims about itself.
/// </summary>
internal static class UnpackedSize
{
    /// <summary>A Word file's document part may unpack to at most <paramref name="limit"/> bytes.</summary>
    public static void CheckWord(byte[] bytes, long limit)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("word/", StringComparison.OrdinalIgnoreCase) && e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)))
        {
            long unpacked;
            try
            {
                using var part = entry.Open();
                unpacked = Count(part, limit);
            }
            catch (InvalidDataException)
            {
                // A damaged part is the parser's to judge; it unpacked what it unpacked.
                continue;
            }

            if (unpacked > limit)
            {
                throw new DocumentReadException($"the Word file's {entry.FullName} unpacks to more than {limit / (1024 * 1024)} MiB; the limit is {limit / (1024 * 1024)} MiB") { TooLarge = true };
            }
        }
    }

    /// <summary>A PDF's compressed streams may unpack to at most <paramref name="limit"/> bytes together.</summary>
    public static void CheckPdf(byte[] bytes, long limit)
    {
        var span = bytes.AsSpan();
        var total = 0L;
        var at = 0;
        while (at < span.Length)
        {
            var found = span[at..].IndexOf("stream"u8);
            if (found < 0)
            {
                break;
            }

            var start = at + found + "stream".Length;
            at = start;

            // "endstream" contains "stream": a stream's data starts after "stream" and its line end.
            if (at - 9 >= 0 && span[(at - 9)..at].SequenceEqual("endstream"u8))
            {
                continue;
            }

            if (start < span.Length && span[start] == '\r')
            {
                start++;
            }

            if (start < span.Length && span[start] == '\n')
            {
                start++;
            }
            else
            {
                continue;
            }

            var end = span[start..].IndexOf("endstream"u8);
            var length = end < 0 ? span.Length - start : end;
            at = start + length;
            if (length < 2 || span[start] != 0x78)
            {
                // Not zlib data (the header of a Flate stream starts 0x78): nothing to inflate.
                continue;
            }

            try
            {
                using var inflate = new ZLibStream(new MemoryStream(bytes, start, length, writable: false), CompressionMode.Decompress);
                total += Count(inflate, limit - total);
            }
            catch (InvalidDataException)
            {
                // A damaged stream is the parser's to judge; it unpacked what it unpacked.
            }

            if (total > limit)
            {
                throw new DocumentReadException($"the PDF's streams unpack to more than {limit / (1024 * 1024)} MiB; the limit is {limit / (1024 * 1024)} MiB") { TooLarge = true };
            }
        }
    }

    /// <summary>Bytes read from the stream, stopping once past <paramref name="limit"/>.</summary>
    private static long Count(Stream stream, long limit)
    {
        var buffer = new byte[81920];
        var total = 0L;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            total += read;
            if (total > limit)
            {
                break;
            }
        }

        return total;
    }
}
