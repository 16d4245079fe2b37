using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Storage.Tests;

/// <summary>The region a report speaks for, read from its title lines by the tree's names.</summary>
public sealed class RegionFinderTests
{
    [Theory]
    [InlineData("2025年宁夏回族自治区政府工作报告\n——2025年1月15日在宁夏回族自治区第十三届人民代表大会第四次会议上\n各位代表：", "640000")]
    [InlineData("内蒙古政府工作报告（摘要）\n各位代表：现在，我代表自治区人民政府向大会报告工作。", "150000")]
    [InlineData("广西2026年政府工作报告全文", "450000")]
    [InlineData("各位代表：\n现在，我代表常州市人民政府向大会报告工作，请予审议。\n一、过去一年，我们与苏州市、无锡市携手……", "320400")]
    [InlineData("常州市武进区人民政府工作报告\n各位代表：", "320412")]
    [InlineData("北京市朝阳区2025年政府工作报告\n各位代表：", "110105")]
    [InlineData("2025年河南省政府工作报告\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n郑州都市圈建设提速，洛阳市……", "410000")]
    [InlineData("各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议，并请全国政协各位委员提出意见。\n江苏、浙江……", "100000")]
    [InlineData("政府工作报告\n——在第十四届全国人民代表大会第三次会议上\n各位代表：", "100000")]
    [InlineData("各位代表：\n本届政府就职已经五年了，任期即将结束。我代表国务院向大会报告过去五年的工作，请予审议。", "100000")]
    public void TheTitleLinesNameTheRegion(string text, string code) => Assert.Equal(code, RegionFinder.Find(text)?.Code);

    [Theory]
    [InlineData("朝阳区政府工作报告\n各位代表：现在，我代表区人民政府向大会报告工作。")] // 北京 or 长春: the tree cannot tell
    [InlineData("关于加快发展新质生产力的若干意见")]
    [InlineData("")]
    public void NoRegionIsGuessedWhereTheTreeCannotConfirmOne(string text) => Assert.Null(RegionFinder.Find(text));

    [Fact]
    public void TheParentComesWithTheRegion()
    {
        var found = RegionFinder.Find("常州市新北区2024年国民经济和社会发展计划草案的报告")!;
        Assert.Equal(("320411", "新北区", "常州市"), (found.Code, found.Name, found.Parent));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AFolderWithoutAnIndexFindsEachReportsRegionInTheTree(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var folder = Directory.CreateTempSubdirectory("pledgewatch-noindex-").FullName;
        File.WriteAllText(Path.Combine(folder, "a.txt"), "2025年宁夏回族自治区政府工作报告\n各位代表：\n2025年主要预期目标：地区生产总值增长5.5%左右。\n");
        File.WriteAllText(Path.Combine(folder, "b.txt"), "2026年宁夏政府工作报告\n各位代表：\n2025年全区生产总值增长5.6%。\n");
        File.WriteAllText(Path.Combine(folder, "c.txt"), "2025年常州市武进区政府工作报告\n各位代表：\n今年主要预期目标：地区生产总值增长5%。\n");

        var results = await new DocumentImporter(store, ExtractionPipeline.Default).ImportFilesAsync([.. Directory.GetFiles(folder).Order(StringComparer.Ordinal)]);

        Assert.All(results, r => Assert.Equal(ImportStatus.New, r.Status));
        await using var db = store.CreateContext();
        var regions = await db.Documents.OrderBy(d => d.FileName).Select(d => d.Region!.Code).ToListAsync();
        Assert.Equal(["640000", "640000", "320412"], regions);
        Assert.Equal(Seeder.Regions.Count, await db.Regions.CountAsync());
    }
}
