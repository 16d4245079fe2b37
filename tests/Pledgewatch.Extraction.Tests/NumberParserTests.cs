using Pledgewatch.Extraction.Numbers;

namespace Pledgewatch.Extraction.Tests;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("两", 2)]
    [InlineData("十二", 12)]
    [InlineData("一百二十", 120)]
    [InlineData("三千五百", 3500)]
    [InlineData("一万二千", 12000)]
    [InlineData("两千零五", 2005)]
    [InlineData("千亿", 1e11)]
    [InlineData("万亿", 1e12)]
    [InlineData("一亿五千万", 150000000)]
    public void ChineseNumerals(string text, double expected)
    {
        var length = ChineseNumeralParser.TryParse(text, 0, text.Length, out var value);
        Assert.Equal(text.Length, length);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1.13万个", 11300, "个", 6)]
    [InlineData("4.48万亩", 44800, "亩", 6)]
    [InlineData("14亿斤", 1400000000, "斤", 4)]
    [InlineData("100P", 100, "P", 4)]
    [InlineData("680.3亿元", 68030000000, "元", 7)]
    [InlineData("1,250人", 1250, "人", 6)]
    [InlineData("220万千瓦", 2200000, "千瓦", 6)]
    [InlineData("3个百分点", 3, "个百分点", 5)]
    [InlineData("80万方", 800000, "立方米", 4)]
    [InlineData("120名", 120, "人", 4)]
    [InlineData("33.9微克/立方米", 33.9, "微克/立方米", 10)]
    [InlineData("三分之一", 33.3333, "%", 4)]
    [InlineData("1/4", 25, "%", 3)]
    [InlineData("2.5兆瓦", 2500, "千瓦", 5)]
    public void Quantities(string text, double value, string unit, int length)
    {
        Assert.True(QuantityParser.TryParse(text, 0, text.Length, out var q));
        Assert.Equal(value, q.Value, 4);
        Assert.Equal(unit, q.BaseUnit);
        Assert.Equal(length, q.End - q.Start);
    }

    [Theory]
    [InlineData("680.3亿元", 68030000000, "元")]
    [InlineData(" 10.4 万人 ", 104000, "人")]
    [InlineData("５．５％", 5.5, "%")]
    [InlineData("一百二十个", 120, "个")]
    [InlineData("68030000000", 68030000000, null)]
    [InlineData("-1.5%", -1.5, "%")]
    public void AnAmountTypedAsWrittenIsReadWhole(string text, double value, string? unit)
    {
        Assert.True(WrittenAmount.TryRead(text, out var read, out var readUnit));
        Assert.Equal(value, read, 4);
        Assert.Equal(unit, readUnit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("大约五")]
    [InlineData("680.3亿元左右")]
    [InlineData("5.5%和6%")]
    [InlineData("1.776：1")]
    public void TextThatIsNotOneAmountIsRefused(string text) => Assert.False(WrittenAmount.TryRead(text, out _, out _));

    [Theory]
    [InlineData("6600多万人", 66000000)]
    [InlineData("4518余万元", 45180000)]
    [InlineData("200余场", 200)]
    public void MoreThanMarkers(string text, double value)
    {
        Assert.True(QuantityParser.TryParse(text, 0, text.Length, out var q));
        Assert.True(q.MoreThan);
        Assert.Equal(value, q.Value);
    }

    [Fact]
    public void ARatioToOneHasNoUnit()
    {
        var text = "1.776：1";
        Assert.True(QuantityParser.TryParse(text, 0, text.Length, out var q));
        Assert.True(q.Ratio);
        Assert.Equal(1.776, q.Value);
        Assert.Equal("", q.BaseUnit);
        Assert.Equal(text.Length, q.End);
    }

    [Theory]
    [InlineData("3个项目", "个")]
    [InlineData("7所以上", "所")]
    [InlineData("5项目标", null)]
    [InlineData("21个月", null)]
    [InlineData("2个人", null)]
    [InlineData("11人制", null)]
    [InlineData("3方面", null)]
    public void AUnitThatStartsAWordIsNotAUnit(string text, string? unit)
    {
        Assert.True(QuantityParser.TryParse(text, 0, text.Length, out var q));
        Assert.Equal(unit, q.Unit?.Written);
    }

    [Fact]
    public void ALoneMultiplierIsAWordNotANumber()
    {
        Assert.False(QuantityParser.TryParse("万人", 0, 2, out _));
        Assert.False(QuantityParser.TryParse("千家万户", 0, 4, out _));
    }
}
