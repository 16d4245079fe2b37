using Pledgewatch.Documents;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Pledgewatch.Extraction.Tests;

/// <summary>A PDF read as a reader sees it: printed lines joined into paragraphs, page furniture dropped.</summary>
public sealed class PdfLayoutTests
{
    private const double Size = 14;

    // An A4 page with a text block from x = 90 to x = 504 and lines 31 points apart, top to bottom.
    private static PrintedLine Line(string text, int row, double left = 90, double? right = null) =>
        new(text, left, right ?? left + text.Length * Size, 760 - row * 31, Size);

    private static PrintedPage Page(params PrintedLine[] lines) => new(595, 842, lines);

    [Fact]
    public void ALineRunningToTheMarginGoesOnInTheNextOne()
    {
        var text = PdfLayout.Paragraphs([Page(
            Line("今年经济社会发展的主要预期目标是：全省地区生产总值增长", 0, 118, 504),
            Line("5.0%—5.5%，固定资产投资增长5%左右，社会消费品零售总", 1, 90, 504),
            Line("额增长5.5%左右。", 2),
            Line("这些目标的设定，突出了高质量发展。", 3, 118))]);

        Assert.Equal("今年经济社会发展的主要预期目标是：全省地区生产总值增长5.0%—5.5%，固定资产投资增长5%左右，社会消费品零售总额增长5.5%左右。\n这些目标的设定，突出了高质量发展。\n", text);
    }

    [Fact]
    public void AnIndentedLineAShortLineAndAGapEachStartAParagraph()
    {
        var text = PdfLayout.Paragraphs([Page(
            Line("一、2024年工作回顾", 0, 118),
            Line("过去一年，全市经济运行稳中有进，地区生产总值增长5%", 1, 118, 504),
            Line("左右。", 2),
            Line("二、2025年工作安排", 4, 118),
            Line("全年地区生产总值增长5%左右，一般公共预算收入增长", 5, 90, 504),
            Line("3%。", 6))]);

        Assert.Equal("一、2024年工作回顾\n过去一年，全市经济运行稳中有进，地区生产总值增长5%左右。\n二、2025年工作安排\n全年地区生产总值增长5%左右，一般公共预算收入增长3%。\n", text);
    }

    [Fact]
    public void PageNumbersAndRunningTitlesAreDroppedAndAParagraphGoesOnOverThePage()
    {
        PrintedPage Numbered(int n, params PrintedLine[] body) => new(595, 842,
            [new PrintedLine("政府工作报告（2025）", 220, 375, 800, 10.5), .. body, new PrintedLine(n % 2 == 0 ? $"- {n} -" : $"第{n}页", 280, 315, 40, 10.5)]);

        var text = PdfLayout.Paragraphs([
            Numbered(1, Line("全年粮食产量稳定在1300亿斤以上，城镇新增就业110万人", 0, 118, 504)),
            Numbered(2, Line("以上，城镇调查失业率5.5%左右。", 0)),
            Numbered(3, Line("居民消费价格涨幅2%左右。", 0, 118)),
            Numbered(4, Line("各项目标任务圆满完成。", 0, 118)),
        ]);

        Assert.Equal("全年粮食产量稳定在1300亿斤以上，城镇新增就业110万人以上，城镇调查失业率5.5%左右。\n居民消费价格涨幅2%左右。\n各项目标任务圆满完成。\n", text);
    }

    [Fact]
    public void APrintedPdfIsReadInParagraphsWithItsPageNumbersGone()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var first = builder.AddPage(595, 842);
        first.AddText("The gross domestic product of the city grew by", 12, new PdfPoint(90, 700), font);
        first.AddText("5.5% in 2024.", 12, new PdfPoint(90, 684), font);
        first.AddText("Grain output", 12, new PdfPoint(110, 668), font);
        first.AddText("1", 10, new PdfPoint(295, 40), font);
        var second = builder.AddPage(595, 842);
        second.AddText("The gross domestic product of the town grew by", 12, new PdfPoint(90, 700), font);
        second.AddText("3.5%.", 12, new PdfPoint(90, 684), font);
        second.AddText("2", 10, new PdfPoint(295, 40), font);

        var text = DocumentReader.Read("report.pdf", builder.Build()).Text;

        Assert.Equal("The gross domestic product of the city grew by 5.5% in 2024.\nGrain output\nThe gross domestic product of the town grew by 3.5%.\n", text);
    }

    [Fact]
    public void APageInTwoColumnsIsReadDownTheLeftColumnThenDownTheRight()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        page.AddText("The county report, printed in two columns", 14, new PdfPoint(150, 780), font);
        for (var i = 1; i <= 8; i++)
        {
            page.AddText($"Left line {i} says the grain output grew.", 10, new PdfPoint(50, 740 - i * 14), font);
            page.AddText($"Right line {i} says the exports fell.", 10, new PdfPoint(320, 740 - i * 14), font);
        }

        page.AddText("A note printed under both of the columns of the page", 10, new PdfPoint(150, 560), font);

        var text = DocumentReader.Read("report.pdf", builder.Build()).Text;

        var order = new[] { "The county report", "Left line 1 ", "Left line 2 ", "Left line 8 ", "Right line 1 ", "Right line 8 ", "A note printed" }
            .Select(t => text.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
        Assert.DoesNotContain("grew. Right", text);
    }

    [Fact]
    public void APageInOneColumnWithAFewWideGapsIsNotSplit()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(595, 842);
        for (var i = 0; i < 10; i++)
        {
            page.AddText($"Line {i} of a report set in one column across the whole page, read in order.", 10, new PdfPoint(50, 740 - i * 14), font);
        }

        // A short table of two rows: a label and a figure far apart.
        page.AddText("Grain output", 10, new PdfPoint(50, 580), font);
        page.AddText("5.5%", 10, new PdfPoint(400, 580), font);
        page.AddText("Exports", 10, new PdfPoint(50, 566), font);
        page.AddText("3.0%", 10, new PdfPoint(400, 566), font);

        var text = DocumentReader.Read("report.pdf", builder.Build()).Text;

        Assert.Contains("Grain output 5.5%", text, StringComparison.Ordinal);
        Assert.Contains("Exports 3.0%", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Line 9 ", StringComparison.Ordinal) < text.IndexOf("Grain output", StringComparison.Ordinal));
    }
}

/// <summary>A report saved from a government web site: the article, without the site around it.</summary>
public sealed class SavedWebPageTests
{
    [Fact]
    public void TheArticleIsReadAndTheSitesNavigationAndFooterAreNot()
    {
        const string page = """
            <html><body>
            <div class="top-nav"><a href="/">首页</a><a href="/zw">政务公开</a></div>
            <div class="breadcrumb">首页 &gt; 政务公开 &gt; 政府工作报告</div>
            <article><h1>2025年常州市政府工作报告</h1>
            <p>今年主要预期目标是：地区生产总值增长5.5%左右。</p>
            <div class="share-bar">分享到：微信 微博</div></article>
            <aside>热点专题：2024年第3期</aside>
            <footer>版权所有 常州市人民政府 苏ICP备05001234号 访问量：1234567</footer>
            </body></html>
            """;

        var text = DocumentReader.Read("report.html", System.Text.Encoding.UTF8.GetBytes(page)).Text;

        Assert.Contains("2025年常州市政府工作报告", text, StringComparison.Ordinal);
        Assert.Contains("地区生产总值增长5.5%左右", text, StringComparison.Ordinal);
        foreach (var furniture in new[] { "政务公开", "分享到", "热点专题", "版权所有", "1234567" })
        {
            Assert.DoesNotContain(furniture, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void APageWithoutAnArticleKeepsItsBodyButNotItsHeaderAndFooter()
    {
        const string page = """
            <html><body><header><nav>首页 新闻</nav><div>常州市人民政府门户网站</div></header>
            <div id="zoom"><p>2024年全市地区生产总值增长6.8%。</p></div>
            <div id="footer">网站标识码3204000001</div><footer>联系我们</footer></body></html>
            """;

        var text = DocumentReader.Read("report.htm", System.Text.Encoding.UTF8.GetBytes(page)).Text;

        Assert.Equal("2024年全市地区生产总值增长6.8%。", text.Trim());
    }
}
