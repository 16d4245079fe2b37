using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pledgewatch.Documents;

namespace Pledgewatch.Extraction.Tests;

public sealed class DocumentReaderTests
{
    private const string Report = "一、2023年工作回顾\n全年新增城镇就业3.2万人，地区生产总值增长5.8%。\n";

    static DocumentReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    [InlineData("gbk")]
    [InlineData("gb18030")]
    public void EveryEncodingDecodesToTheSameText(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Report),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Report)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Report)],
            "utf-16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Report)],
            "gbk" => Encoding.GetEncoding(936).GetBytes(Report),
            _ => Encoding.GetEncoding(54936).GetBytes(Report),
        };
        var doc = DocumentReader.Read("report.txt", bytes);
        Assert.Equal(Report, doc.Text);
    }

    [Fact]
    public void TruncatedUtf8KeepsEverythingButTheCutCharacter()
    {
        var bytes = Encoding.UTF8.GetBytes(Report + "增长");
        var cut = bytes[..^1];
        var doc = DocumentReader.Read("cut.txt", cut);
        Assert.Equal(Report + "增", doc.Text);
    }

    [Fact]
    public void EmptyAndBinaryInputsGiveOneLineErrors()
    {
        var empty = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("empty.txt", []));
        Assert.Equal("empty file", empty.Message);

        var random = new byte[4096];
        new Random(7).NextBytes(random);
        var junk = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("junk.bin", random));
        Assert.DoesNotContain('\n', junk.Message);
    }

    [Fact]
    public void MarkdownIsReadAsMarkdownAndHtmlAsText()
    {
        Assert.Equal(TextFormat.Markdown, DocumentReader.Read("a.md", Encoding.UTF8.GetBytes("# 标题\n正文")).Format);

        var html = "<!DOCTYPE html><html><head><style>p{}</style><script>var x=1;</script></head><body><h1>2024年工作安排</h1><p>新建学校<b>3所</b>。</p><p>新增学位2000个。</p></body></html>";
        var doc = DocumentReader.Read("a.html", Encoding.UTF8.GetBytes(html));
        Assert.Contains("新建学校3所。", doc.Text);
        Assert.DoesNotContain("var x", doc.Text);
        Assert.Contains("2024年工作安排\n", doc.Text);
    }

    [Fact]
    public void WordDocumentsAreReadParagraphByParagraph()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Paragraph(new Run(new Text("一、2023年工作回顾"))),
                new Paragraph(new Run(new Text("全年新增城镇就业")), new Run(new Text("3.2万人。")))));
        }

        var doc = DocumentReader.Read("report.docx", stream.ToArray());
        Assert.Equal("一、2023年工作回顾\n全年新增城镇就业3.2万人。\n", doc.Text);
        var claims = ExtractionPipeline.Default.Extract(doc.Text, new DocumentInfo(doc.Name, "某区", 2024)).Claims;
        Assert.Equal(32000, Assert.Single(claims).Value);
    }

    [Fact]
    public void ABrokenWordFileIsAClearError()
    {
        var bytes = "PK\u0003\u0004 not really a zip"u8.ToArray();
        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("broken.docx", bytes));
        Assert.StartsWith("a broken Word .docx file", e.Message);
    }

    [Fact]
    public void PdfTextIsExtracted()
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var page = builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        page.AddText("GDP 2024: 5.5%", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var bytes = builder.Build();
        var doc = DocumentReader.Read("report.pdf", bytes);
        Assert.Contains("5.5%", doc.Text);

        var e = Assert.Throws<DocumentReadException>(() => DocumentReader.Read("bad.pdf", "%PDF-1.7 truncated"u8.ToArray()));
        Assert.StartsWith("a broken PDF file", e.Message);
    }

    [Fact]
    public void IndexMetadataIsReadFromBesideTheFile()
    {
        var meta = DocumentMetadata.For(Path.Combine(TestPaths.Corpus, "wujin-2024-government-work-report-excerpt.txt"));
        Assert.NotNull(meta);
        Assert.Equal("武进区", meta.Region);
        Assert.Equal(2024, meta.ReportYear);
    }
}
