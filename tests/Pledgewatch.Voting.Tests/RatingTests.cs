namespace Pledgewatch.Voting.Tests;

public class RatingTests
{
    private static readonly long[] Projects = [7, 8];

    private static Dictionary<long, Rating> Paper(Rating a, Rating b) => new() { [7] = a, [8] = b };

    [Fact]
    public void EveryProjectMustBeRatedOnce()
    {
        Assert.Null(RatingTally.Check(Projects, Paper(Rating.Satisfied, Rating.Dissatisfied)));
        Assert.Contains("missing: 8", RatingTally.Check(Projects, new Dictionary<long, Rating> { [7] = Rating.Satisfied }), StringComparison.Ordinal);
        Assert.Contains("not a project", RatingTally.Check(Projects, new Dictionary<long, Rating> { [7] = Rating.Satisfied, [8] = Rating.Satisfied, [9] = Rating.Satisfied }), StringComparison.Ordinal);
    }

    [Fact]
    public void SatisfactionCountsFairlySatisfiedAndRectificationNeedsMoreThanHalfDissatisfied()
    {
        var counts = RatingTally.Count(Projects, [
            Paper(Rating.Satisfied, Rating.Dissatisfied),
            Paper(Rating.FairlySatisfied, Rating.Dissatisfied),
            Paper(Rating.Dissatisfied, Rating.Satisfied),
            Paper(Rating.Satisfied, Rating.Dissatisfied),
        ]);
        var a = counts.Single(c => c.Project == 7);
        var b = counts.Single(c => c.Project == 8);
        Assert.Equal((2, 1, 1, 4), (a.Satisfied, a.FairlySatisfied, a.Dissatisfied, a.Papers));
        Assert.Equal(0.75, a.SatisfactionRate);
        Assert.False(a.NeedsRectification);
        Assert.Equal(0.25, b.SatisfactionRate);
        Assert.True(b.NeedsRectification);
        Assert.Equal("rating;N=5;papers=4;7:2/1/1;8:1/0/3", RatingTally.Canonical(counts, 5));
    }

    [Fact]
    public void HalfDissatisfiedIsNotMoreThanHalf() =>
        Assert.False(RatingTally.Count(Projects, [Paper(Rating.Dissatisfied, Rating.Satisfied), Paper(Rating.Satisfied, Rating.Satisfied)])[0].NeedsRectification);

    [Fact]
    public void NoPapersHaveNoRate()
    {
        var counts = RatingTally.Count(Projects, []);
        Assert.Null(counts[0].SatisfactionRate);
        Assert.Throws<ArgumentException>(() => RatingTally.Count(Projects, [new Dictionary<long, Rating> { [7] = Rating.Satisfied }]));
    }
}
