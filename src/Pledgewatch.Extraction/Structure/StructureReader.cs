using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Structure;

/// <summary>
/// Splits the clean text into paragraphs, recognises headings (一、 （一） 1. —— bullets, Markdown #)
/// and gives every paragraph the temporal role and year of its section.
/// </summary>
internal static class StructureReader
{
    /// <summary>A line without sentence punctuation at most this long is a heading.</summary>
    private const int HeadingLength = 32;

    public static List<Paragraph> Read(string text, int reportYear)
    {
        var paragraphs = new List<Paragraph>();
        var role = SectionRole.Unknown;
        var year = reportYear - 1;
        var headings = new string?[10];
        string? section = null;

        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                var line = text.AsSpan(start, end - start);
                var markerLength = StructureMarkers.MarkerLength(line, out var level);
                var body = line[markerLength..];
                var isHeading = IsHeading(line, markerLength, level, body);

                // A heading, or the lead phrase of a numbered paragraph ("（一）聚焦高质量发展，…。全面落实…").
                var lead = isHeading ? body : level is > 0 and < 9 ? LeadPhrase(body) : ReadOnlySpan<char>.Empty;
                if (!lead.IsEmpty)
                {
                    var leadRole = RoleCues.FromHeading(lead, reportYear, out var leadYear);

                    // A numbered heading that names only a year ("一、2023年全区经济运行") speaks of that year.
                    if (leadRole == SectionRole.Unknown && leadYear is { } named && level is > 0 and < 9 && !lead.Contains("报告", StringComparison.Ordinal))
                    {
                        leadRole = named < reportYear ? SectionRole.Review : SectionRole.Plan;
                    }

                    if (leadRole != SectionRole.Unknown)
                    {
                        role = leadRole;
                        year = leadYear ?? (leadRole == SectionRole.Review ? reportYear - 1 : reportYear);
                    }

                    var depth = level is > 0 and < 9 ? level : 1;
                    headings[depth] = lead.Trim().ToString();
                    Array.Clear(headings, depth + 1, headings.Length - depth - 1);
                    section = string.Join(" > ", headings.Where(h => !string.IsNullOrEmpty(h)));
                }

                var paragraphRole = role;
                var paragraphYear = year;
                if (!isHeading)
                {
                    if (RoleCues.OpensReview(body))
                    {
                        role = paragraphRole = SectionRole.Review;
                        year = paragraphYear = reportYear - 1;
                    }
                    else if (body.StartsWith("今年", StringComparison.Ordinal) && role != SectionRole.Plan)
                    {
                        // "今年…" after a review opened by 一年来 speaks of the year ahead.
                        paragraphRole = SectionRole.Plan;
                        paragraphYear = reportYear;
                    }
                    else if (role == SectionRole.Unknown && OpeningYear(body, reportYear) is { } opening)
                    {
                        // Outside any section: "2024年常州市继续推动…" speaks of its own year.
                        paragraphRole = opening >= reportYear ? SectionRole.Plan : SectionRole.Review;
                        paragraphYear = opening;
                    }
                }

                paragraphs.Add(new Paragraph(start, end, start + markerLength, isHeading, paragraphRole, paragraphYear, section));
            }

            start = end + 1;
        }

        return paragraphs;
    }

    private static bool IsHeading(ReadOnlySpan<char> line, int markerLength, int level, ReadOnlySpan<char> body)
    {
        if (level is >= 1 and <= 6 && markerLength > 0 && line[0] == '#')
        {
            return true;
        }

        if (body.Length == 0 || body.Length > HeadingLength)
        {
            return false;
        }

        // A bullet with a sentence in it is a list item, not a heading.
        if (level == 9)
        {
            return false;
        }

        foreach (var c in body[..^1])
        {
            if (c is '。' or '；' or '！' or '？')
            {
                return false;
            }
        }

        // Without a marker, a line that ends a sentence is a paragraph, however short.
        var last = body[^1];
        return last is not ('；' or '：' or '，' or '。' or '！' or '？') || markerLength > 0;
    }

    /// <summary>The phrase before the first full stop of a numbered paragraph, when it is short.</summary>
    private static ReadOnlySpan<char> LeadPhrase(ReadOnlySpan<char> body)
    {
        var stop = body.IndexOfAny('。', '；');
        return stop is > 0 and <= 40 ? body[..stop] : ReadOnlySpan<char>.Empty;
    }

    /// <summary>A year that opens a paragraph ("2023年是…", "2024年常州市继续…").</summary>
    private static int? OpeningYear(ReadOnlySpan<char> body, int reportYear)
    {
        var y = body.Length >= 5 ? RoleCues.FindYear(body[..5]) : null;
        if (y is not null)
        {
            return y;
        }

        return body.StartsWith("今年", StringComparison.Ordinal) ? reportYear : null;
    }
}
