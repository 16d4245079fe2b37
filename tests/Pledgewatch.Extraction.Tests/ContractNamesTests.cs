namespace Pledgewatch.Extraction.Tests;

public sealed class ContractNamesTests
{
    [Fact]
    public void EveryValueIsListedAndReadsBackFromItsSpelling()
    {
        Assert.Equal(Enum.GetValues<ClaimKind>().Order(), ContractNames.Kinds.Order());
        Assert.Equal(Enum.GetValues<Measure>().Order(), ContractNames.Measures.Order());
        Assert.Equal(Enum.GetValues<Bound>().Order(), ContractNames.Ops.Order());
        Assert.All(ContractNames.Kinds, k => Assert.Equal(k, ContractNames.KindOf(ContractNames.Of(k))));
        Assert.All(ContractNames.Measures, m => Assert.Equal(m, ContractNames.MeasureOf(ContractNames.Of(m))));
        Assert.All(ContractNames.Ops, o => Assert.Equal(o, ContractNames.BoundOf(ContractNames.Of(o))));
    }

    [Fact]
    public void TheSpellingsAreTheContracts()
    {
        Assert.Equal(["target", "outcome"], ContractNames.Kinds.Select(ContractNames.Of));
        Assert.Equal(["growth", "level", "added"], ContractNames.Measures.Select(ContractNames.Of));
        Assert.Equal(["=", "~", ">=", ">", "<=", "<"], ContractNames.Ops.Select(ContractNames.Of));
    }

    [Theory]
    [InlineData("Target")]
    [InlineData("goal")]
    [InlineData("")]
    public void AnUnknownSpellingIsAnErrorNotADefault(string text)
    {
        Assert.False(ContractNames.TryParse(text, out ClaimKind _));
        Assert.False(ContractNames.TryParse(text, out Measure _));
        Assert.False(ContractNames.TryParse(text, out Bound _));
        var error = Assert.Throws<FormatException>(() => ContractNames.MeasureOf(text));
        Assert.Contains("growth, level, added", error.Message, StringComparison.Ordinal);
    }
}
