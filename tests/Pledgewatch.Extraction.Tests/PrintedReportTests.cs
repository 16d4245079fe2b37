using Pledgewatch.Documents;

namespace Pledgewatch.Extraction.Tests;

/// <summary>A report printed to PDF reads as its Word file does: the same claims, figure for figure.</summary>
public sealed class PrintedReportTests
{
    private static List<string> Claims(string path, DocumentMetadata metadata)
    {
        var text = DocumentReader.ReadFile(path);
        var result = ExtractionPipeline.Default.Extract(text.Text, new DocumentInfo(text.Name, metadata.Region, metadata.ReportYear, text.Format));
        return [.. result.Claims.Select(c => $"{c.Kind} {c.Year} {c.Indicator} {c.Measure} {c.Op} {c.Value} {c.Unit}")];
    }

    [Fact]
    public void ThePdfOfEachProvincesReportGivesTheClaimsOfItsWordFile()
    {
        var pdfs = Directory.GetFiles(TestPaths.Series("provinces-2025-pdf"), "*.pdf").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(8, pdfs.Count);
        int words = 0, common = 0, extra = 0;
        var report = new List<string>();
        foreach (var pdf in pdfs)
        {
            var metadata = DocumentMetadata.For(pdf)!;
            var docx = Path.Combine(TestPaths.Series("provinces-2025-2026"), Path.GetFileNameWithoutExtension(pdf) + ".docx");
            var fromWord = Claims(docx, metadata);
            var fromPdf = Claims(pdf, metadata);
            var missing = Multiset(fromWord, fromPdf);
            var added = Multiset(fromPdf, fromWord);
            words += fromWord.Count;
            common += fromWord.Count - missing.Count;
            extra += added.Count;
            report.AddRange(missing.Select(m => $"{Path.GetFileName(pdf)} lacks {m}").Concat(added.Select(a => $"{Path.GetFileName(pdf)} adds {a}")));
            Assert.True(fromWord.Count - missing.Count >= 0.98 * fromWord.Count, string.Join("\n", report));
        }

        // Measured: 1,569 of 1,573 claims alike. The rest are two sentences whose comma or full
        // stop the printed PDF lost at a line's end (福建 出口增长3%左右⏎城镇…, 上海 …稳步提高⏎居民…).
        Assert.True(common >= 0.995 * words, string.Join("\n", report));
        Assert.True(extra <= 0.005 * words, string.Join("\n", report));
    }

    private static List<string> Multiset(List<string> from, List<string> without)
    {
        var left = without.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var x in from)
        {
            if (left.TryGetValue(x, out var n) && n > 0)
            {
                left[x] = n - 1;
            }
            else
            {
                result.Add(x);
            }
        }

        return result;
    }
}
