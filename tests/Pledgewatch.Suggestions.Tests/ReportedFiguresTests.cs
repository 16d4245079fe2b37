namespace Pledgewatch.Suggestions.Tests;

/// <summary>A report's figures of suggestion handling, as reports write them, set beside the records.</summary>
public class ReportedFiguresTests
{
    [Theory]
    [InlineData("办理人大议案建议", "件", "", ReportedFigure.Handled)]
    [InlineData("办理市人大代表建议", "件", "", ReportedFigure.Handled)]
    [InlineData("满意率", "%", "办理人大议案建议220件、政协提案312件，", ReportedFigure.SatisfactionRate)]
    [InlineData("办结率", "%", "全年办理人大代表建议和政协提案568件，", ReportedFigure.OnTimeRate)]
    [InlineData("代表建议办理满意率", "%", "", ReportedFigure.SatisfactionRate)]
    [InlineData("办结率", "%", "人大代表建议满意率保持在95%以上，", ReportedFigure.OnTimeRate)]
    public void TheFiguresReportsWriteAreRecognised(string indicator, string unit, string before, ReportedFigure figure) =>
        Assert.Equal(figure, ReportedFigures.Of(indicator, unit, before));

    [Theory]
    [InlineData("政协提案", "件", "")]
    [InlineData("办理人大代表建议和政协提案", "件", "")]
    [InlineData("满意率", "%", "12345热线群众")]
    [InlineData("群众满意率", "%", "营商环境")]
    [InlineData("办理人大议案建议", "%", "")]
    [InlineData("政协提案办理满意率", "%", "")]
    public void OtherFiguresAreLeftAlone(string indicator, string unit, string before) =>
        Assert.Null(ReportedFigures.Of(indicator, unit, before));

    [Fact]
    public void AReportedFigureAgreesWithTheRecordsOrNot()
    {
        var year = new HandlingStatistics(220, 200, 190, 0.95, 45, 210, 0.6, 0.3, 0.1, 200, 0.985, 12, 3);

        Assert.True(new FigureCheck(ReportedFigure.Handled, 220, ReportedFigures.Computed(ReportedFigure.Handled, year)).Agrees);
        Assert.False(new FigureCheck(ReportedFigure.SatisfactionRate, 100, ReportedFigures.Computed(ReportedFigure.SatisfactionRate, year)).Agrees);
        Assert.True(new FigureCheck(ReportedFigure.OnTimeRate, 95, ReportedFigures.Computed(ReportedFigure.OnTimeRate, year)).Agrees);
        Assert.Null(new FigureCheck(ReportedFigure.Handled, 220, ReportedFigures.Computed(ReportedFigure.Handled, null)).Agrees);
    }
}
