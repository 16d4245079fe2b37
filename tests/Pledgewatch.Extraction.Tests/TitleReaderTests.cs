using Pledgewatch.Extraction.Structure;

namespace Pledgewatch.Extraction.Tests;

public sealed class TitleReaderTests
{
    [Theory]
    [InlineData("2025年某某市政府工作报告\n各位代表：", 2025, "某某市")]
    [InlineData("关于溧阳市2023年国民经济和社会发展计划执行情况的报告\n一、2023年计划执行情况", 2024, "溧阳市")]
    [InlineData("常州市新北区政府工作报告\n一、2023年工作回顾\n", 2024, "新北区")]
    public void RegionAndYearComeFromTheTitle(string text, int year, string region)
    {
        var result = ExtractionPipeline.Default.Extract(text, new DocumentInfo("x.txt"));
        Assert.Equal(year, result.ReportYear);
        Assert.Equal(region, result.Region);
    }

    [Theory]
    [InlineData("### 2024年工作回顾\n全市经济社会发展稳中有进，预计地区生产总值增长6%左右。")]
    [InlineData("过去一年，全区地区生产总值增长5.8%。")]
    public void TheWordForAnEconomysOutputIsNoRegion(string text) => Assert.Null(TitleReader.Region(text));

    [Theory]
    [InlineData("2025年某某市政府工作报告\n\n一、2024年工作回顾\n\n过去一年，我们建设绿化景观路21条、美丽街区14个。", "某某市")]
    [InlineData("某某县政府工作报告\n改造老旧小区36个，建成示范区两个。", "某某县")]
    public void AStreetOrANeighbourhoodIsNoGovernment(string text, string region) => Assert.Equal(region, TitleReader.Region(text));

    [Theory]
    [InlineData("2025年某某市政府工作报告\n各位代表：", "2025年某某市政府工作报告")]
    [InlineData("# 万亿之城谱新篇\n\n## 2024年工作回顾", "万亿之城谱新篇")]
    [InlineData("\n政府工作报告\n——2024年1月在某某市第十七届人民代表大会第三次会议上\n", "2024年某某市政府工作报告")]
    [InlineData("过去一年，全市地区生产总值增长5.8%。", null)]
    public void TheTitleIsTheFirstLineWithTheYearAndRegionItLeavesOut(string text, string? title) =>
        Assert.Equal(title, TitleReader.Title(text, "某某市", 2024));

    [Fact]
    public void MetadataWinsOverTheTitle()
    {
        var result = ExtractionPipeline.Default.Extract("2025年某某市政府工作报告", new DocumentInfo("x.txt", "武进区", 2024));
        Assert.Equal(2024, result.ReportYear);
        Assert.Equal("武进区", result.Region);
        Assert.Equal(2024, TitleReader.ReportYear("一、2023年工作回顾"));
    }
}
