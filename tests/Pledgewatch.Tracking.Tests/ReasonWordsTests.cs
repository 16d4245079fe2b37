using Pledgewatch.Extraction.Catalog;

namespace Pledgewatch.Tracking.Tests;

/// <summary>A verdict's reason is kept in parts and worded for each reader.</summary>
public sealed class ReasonWordsTests
{
    private static readonly VerdictReason Met = new(
        ReasonKind.Compared, 2024, "人", Interval.AtLeast(100_000), Polarity.HigherIsBetter, PolarityKnown: true,
        Outcome: new Interval(103_500, 104_500), Relation: Relation.Within);

    [Fact]
    public void ChineseReadersReadWanAndTheUnitAsReportsWriteThem() =>
        Assert.Equal("目标要求 [10万, +∞)人（越高越好）；结果 [10.35万, 10.45万]人：结果落在要求之内。", Met.Words(ReaderLanguage.Chinese).ToString());

    [Fact]
    public void EnglishReadersReadThousandsAndTheUnitInEnglish() =>
        Assert.Equal("The target asks for [100,000, +∞) people (higher is better); the outcome is [103,500, 104,500] people: within what was asked.", Met.Words(ReaderLanguage.English).ToString());

    [Fact]
    public void MoneyIsReadInBillionsAndAnUnknownUnitStaysAsWrittenMarkedAsData()
    {
        var money = Met with { Unit = "元", Asked = Interval.AtLeast(6.8e10), Outcome = new Interval(7e10, 7e10), Others = [new Interval(6e10, 6e10)] };
        Assert.Equal(
            "The target asks for [68 billion, +∞) yuan (higher is better); the outcome is [70 billion, 70 billion] yuan: within what was asked. (Also stated: [60 billion, 60 billion] yuan, which disagrees with the main statement and was not used.)",
            money.Words(ReaderLanguage.English).ToString());
        var odd = (Met with { Unit = "艘", Kind = ReasonKind.Pending }).Words(ReaderLanguage.English);
        Assert.Contains(("艘", true), odd.Parts);
        Assert.DoesNotContain(odd.Parts, p => !p.IsData && p.Text.Any(c => c > 0x3000));
    }

    [Fact]
    public void AYearWithNoTargetSaysSoInEachLanguage()
    {
        var none = new VerdictReason(ReasonKind.NoTargetSet, 2020, "%", Interval.Everything, Polarity.HigherIsBetter, true, new Interval(2.3, 2.3));
        Assert.Equal("报告说明2020年不设此项具体目标；结果 [2.3, 2.3]%，无目标可比。", none.ToString());
        Assert.Equal("The report says no specific target is set for 2020; the result is [2.3, 2.3]%, with no target to compare it with.", none.Words(ReaderLanguage.English).ToString());
    }
}
