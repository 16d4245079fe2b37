namespace Pledgewatch.Projects.Tests;

/// <summary>The progress sheet as editors fill it in: headings in either language, days as people write them, every bad row named.</summary>
public class ProgressSheetTests
{
    private static ProgressSheet Parse(string[] headings, params string[][] rows) =>
        ProgressSheet.Parse(headings, rows.Select((r, i) => (i + 2, (IReadOnlyList<string>)r)));

    [Fact]
    public void ChineseHeadingsInTheTemplateOrderAreRead()
    {
        var sheet = Parse(["项目编号", "项目名称", "进度（%）", "进展情况", "日期", "节点", "节点完成日期"],
            ["12", "老旧小区改造", "45", "屋面防水完成", "2025-07-14", "", ""],
            ["13", "", "", "", "2025/7/20", "开工", "2025年7月18日"]);

        Assert.Empty(sheet.Problems);
        Assert.Equal(new ProgressRow(2, 12, "老旧小区改造", 45, "屋面防水完成", new(2025, 7, 14), null, null), sheet.Rows[0]);
        Assert.Equal(new ProgressRow(3, 13, null, null, null, new(2025, 7, 20), "开工", new(2025, 7, 18)), sheet.Rows[1]);
    }

    [Fact]
    public void EnglishHeadingsInAnyOrderAndExcelNumbersAreRead()
    {
        var sheet = Parse(["Date", "Note", "Project ID", "Progress %", "Milestone"],
            ["2025-07-14 00:00", "roof done", "12.0", "45%", "竣工"]);

        var row = Assert.Single(sheet.Rows);
        Assert.Equal((12L, 45, "竣工", new DateOnly(2025, 7, 14)), (row.ProjectId, row.Percent!.Value, row.Milestone!, row.Reached!.Value));
    }

    [Fact]
    public void ATemplateRowLeftBlankIsSkipped()
    {
        var sheet = Parse(["项目编号", "项目名称", "进度（%）", "进展情况", "日期", "当前进度（不导入）"],
            ["12", "老旧小区改造", "", "", "", "30"],
            ["13", "口袋公园", "60", "绿化完成", "2025-07-14", "40"]);

        Assert.Empty(sheet.Problems);
        Assert.Equal([13L], sheet.Rows.Select(r => r.ProjectId));
    }

    [Theory]
    [InlineData("abc", "45", "说明", "2025-07-14", "项目编号")]
    [InlineData("12", "145", "说明", "2025-07-14", "0到100")]
    [InlineData("12", "45.5", "说明", "2025-07-14", "0到100")]
    [InlineData("12", "45", "", "2025-07-14", "进展情况")]
    [InlineData("12", "45", "说明", "14/07/2025", "日期")]
    [InlineData("12", "45", "说明", "2025-02-30", "日期")]
    public void EachBadRowIsNamedByItsRow(string id, string percent, string note, string date, string said)
    {
        var sheet = Parse(["项目编号", "进度（%）", "进展情况", "日期"],
            ["11", "10", "开工准备", "2025-07-01"],
            [id, percent, note, date]);

        var problem = Assert.Single(sheet.Problems);
        Assert.Equal(3, problem.Row);
        Assert.Contains(said, problem.Why.Zh, StringComparison.Ordinal);
        Assert.NotEmpty(problem.Why.En);
        Assert.Equal([11L], sheet.Rows.Select(r => r.ProjectId));
    }

    [Fact]
    public void AProjectsProgressTwiceIsRefusedOnTheSecondRow()
    {
        var sheet = Parse(["项目编号", "进度（%）", "进展情况", "日期"],
            ["11", "10", "a", "2025-07-01"],
            ["11", "20", "b", "2025-07-02"]);

        Assert.Equal(3, Assert.Single(sheet.Problems).Row);
    }

    [Fact]
    public void WithoutTheNeededHeadingsRowOneIsTheProblem()
    {
        var sheet = Parse(["名称", "说明"], ["老旧小区改造", "x"]);

        Assert.Equal(1, Assert.Single(sheet.Problems).Row);
        Assert.Empty(sheet.Rows);
    }
}
