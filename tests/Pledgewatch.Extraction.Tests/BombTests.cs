using System.IO.Compression;
using System.Text;
using Pledgewatch.Documents;

namespace Pledgewatch.Extraction.Tests;

/// <summary>Small files that unpack to huge ones are refused before they are parsed; a run-on sentence is read in pieces.</summary>
public sealed class BombTests
{
    [Fact]
    public void AWordFileWhoseBodyUnpacksTo100MegabytesIsRefused()
    {
        var paragraph = Encoding.UTF8.GetBytes("<w:p><w:r><w:t>" + new string('数', 40) + "</w:t></w:r></w:p>");
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = archive.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            part.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"u8);
            for (long written = 0; written < 100L * 1024 * 1024; written += paragraph.Length)
            {
                part.Write(paragraph);
            }

            part.Write("</w:body></w:document>"u8);
        }

        Assert.True(zip.Length < 1024 * 1024, $"{zip.Length} bytes");
        var refused = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("bomb.docx", zip.ToArray()));
        Assert.True(refused.TooLarge);
        Assert.Contains("unpacks to more than 32 MiB", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void APdfStreamThatInflatesTo300MegabytesIsRefused()
    {
        using var packed = new MemoryStream();
        using (var z = new ZLibStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var line = "BT /F1 12 Tf 72 712 Td (0) Tj ET\n"u8.ToArray();
            for (long written = 0; written < 300L * 1024 * 1024; written += line.Length)
            {
                z.Write(line);
            }
        }

        var data = packed.ToArray();
        var pdf = new MemoryStream();
        pdf.Write(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>\nendobj\n"));
        pdf.Write(Encoding.ASCII.GetBytes($"4 0 obj\n<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n"));
        pdf.Write(data);
        pdf.Write(Encoding.ASCII.GetBytes("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"));

        Assert.True(pdf.Length < 2 * 1024 * 1024, $"{pdf.Length} bytes");
        var refused = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("bomb.pdf", pdf.ToArray()));
        Assert.True(refused.TooLarge);
        Assert.Contains("streams unpack to more than 32 MiB", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunOnSentenceIsReadInPiecesWithTheClaimsInIt()
    {
        // A sentence with no end for 200,000 characters, a claim near its start and one near its end:
        // both are found (the pieces cover it all). Its time is measured in the README, not here.
        var filler = new string('7', 100_000);
        var text = "2024年某市政府工作报告\n一、2024年主要目标\n地区生产总值增长5%左右，" + filler + "，" + filler + "，城镇新增就业10万人。";
        var claims = ExtractionPipeline.Default.Extract(text, new DocumentInfo("run-on.txt", "某市", 2024, TextFormat.Plain)).Claims;
        Assert.Contains(claims, c => c.Indicator == "地区生产总值" && c.Value == 5);
        Assert.Contains(claims, c => c.Indicator.Contains("就业", StringComparison.Ordinal) && c.Value == 100_000);
    }
}
