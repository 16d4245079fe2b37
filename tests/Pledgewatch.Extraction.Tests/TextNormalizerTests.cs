using Pledgewatch.Extraction.Normalization;

namespace Pledgewatch.Extraction.Tests;

public sealed class TextNormalizerTests
{
    [Fact]
    public void FullWidthDigitsLettersAndPercentBecomeHalfWidthButKeepTheirOffsets()
    {
        var original = "增长７．５％，ＧＤＰ";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("增长7.5%，GDP", n.Text);
        Assert.Equal((2, 6), n.ToOriginal(2, 6));
        Assert.Equal("７．５％", original[2..6]);
    }

    [Fact]
    public void AsciiClausePunctuationBecomesChineseExceptInsideNumbers()
    {
        var n = TextNormalizer.Normalize("收入1,250亿元,增长5%;比例1:1");
        Assert.Equal("收入1,250亿元，增长5%；比例1:1", n.Text);
    }

    [Fact]
    public void ALineBrokenInsideANumberIsJoined()
    {
        var original = "全年净增高新技术企业一批，其中国家级企业382\n\n家、总数突破1800家。";
        var n = TextNormalizer.Normalize(original);
        Assert.Contains("382家", n.Text);
        var at = n.Text.IndexOf("382家", StringComparison.Ordinal);
        var (start, end) = n.ToOriginal(at, at + 4);
        Assert.Equal("382\n\n家", original[start..end]);
    }

    [Fact]
    public void AWrappedLongLineRunsOnButASentenceEndEndsTheParagraph()
    {
        var original = "一年来，我们坚持稳中求进，全面推进城市更新和乡村振兴，实施重点项目一百多个并全部按期\n完成建设任务。\n\n二、今年工作安排\n";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("一年来，我们坚持稳中求进，全面推进城市更新和乡村振兴，实施重点项目一百多个并全部按期完成建设任务。\n二、今年工作安排", n.Text);
    }

    [Fact]
    public void RunsOfSpacesVanishBetweenChineseAndOneStaysBetweenLatinWords()
    {
        var original = "净增高企307家。" + new string(' ', 800) + "引进企业63家，Global CEO 对话";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal("净增高企307家。引进企业63家，Global CEO对话", n.Text);
        var at = n.Text.IndexOf("63家", StringComparison.Ordinal);
        Assert.Equal("63家", original[n.ToOriginal(at, at + 3).Start..n.ToOriginal(at, at + 3).End]);
    }

    [Fact]
    public void MarkdownEmphasisAndInlineTagsAreDropped()
    {
        var original = "- 社会消费品零售总额增长**5%左右**，PM<sub>2.5</sub>浓度下降";
        var n = TextNormalizer.Normalize(original, TextFormat.Markdown);
        Assert.Equal("-社会消费品零售总额增长5%左右，PM2.5浓度下降", n.Text);
        var at = n.Text.IndexOf("5%", StringComparison.Ordinal);
        Assert.Equal("5%", original[n.ToOriginal(at, at + 2).Start..n.ToOriginal(at, at + 2).End]);
    }

    [Fact]
    public void CarriageReturnsAndBlankLinesMakeOneParagraphBreak()
    {
        var n = TextNormalizer.Normalize("第一段。\r\n\r\n\r\n第二段。\r\n");
        Assert.Equal("第一段。\n第二段。", n.Text);
    }

    [Fact]
    public void SurrogatePairsStayWholeInTheMap()
    {
        var original = "𠮷田村新建道路5公里。";
        var n = TextNormalizer.Normalize(original);
        Assert.Equal(original, n.Text);
        Assert.Equal((0, 2), n.ToOriginal(0, 1));
    }

    [Fact]
    public void EmptyTextGivesEmptyText()
    {
        Assert.Equal("", TextNormalizer.Normalize("").Text);
        Assert.Equal("", TextNormalizer.Normalize("\n\n  \n").Text);
    }
}
