namespace Pledgewatch.Voting.Tests;

public sealed class MarkNamesTests
{
    [Theory]
    [InlineData("approve", Choice.Approve)]
    [InlineData("赞成", Choice.Approve)]
    [InlineData("oppose", Choice.Oppose)]
    [InlineData("反对", Choice.Oppose)]
    [InlineData("abstain", Choice.Abstain)]
    [InlineData("弃权", Choice.Abstain)]
    public void AVotesMarkIsReadInEitherLanguage(string written, Choice expected) => Assert.Equal(expected, MarkNames.ParseChoice(written));

    [Theory]
    [InlineData("satisfied", Rating.Satisfied)]
    [InlineData("满意", Rating.Satisfied)]
    [InlineData("fairly_satisfied", Rating.FairlySatisfied)]
    [InlineData("基本满意", Rating.FairlySatisfied)]
    [InlineData("dissatisfied", Rating.Dissatisfied)]
    [InlineData("不满意", Rating.Dissatisfied)]
    public void ARatingsMarkIsReadInEitherLanguage(string written, Rating expected) => Assert.Equal(expected, MarkNames.ParseRating(written));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("fairly")]
    [InlineData("Approve")]
    [InlineData("satisfied ")]
    public void AnythingElseIsNoMark(string? written)
    {
        Assert.Null(MarkNames.ParseChoice(written));
        Assert.Null(MarkNames.ParseRating(written));
    }

    [Fact]
    public void EveryMarkReadsBackFromItsName()
    {
        Assert.All(Enum.GetValues<Choice>(), c => Assert.Equal(c, MarkNames.ParseChoice(MarkNames.Of(c))));
        Assert.All(Enum.GetValues<Rating>(), r => Assert.Equal(r, MarkNames.ParseRating(MarkNames.Of(r))));
        Assert.All(Enum.GetValues<Choice>(), c => Assert.Equal(c, MarkNames.ParseChoice(MarkNames.Chinese(c))));
        Assert.Equal("satisfied|fairly_satisfied|dissatisfied", MarkNames.RatingNames);
    }
}
