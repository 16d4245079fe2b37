namespace Pledgewatch.Voting.Tests;

public sealed class TallyTests
{
    private static readonly long[] Five = [1, 2, 3, 4, 5];

    /// <summary>A paper from a string: A approve, O oppose, X abstain, one letter per candidate in order.</summary>
    private static Dictionary<long, Choice> Paper(string marks) => marks
        .Select((m, i) => (Candidate: Five[i], Choice: m switch { 'A' => Choice.Approve, 'O' => Choice.Oppose, _ => Choice.Abstain }))
        .ToDictionary(x => x.Candidate, x => x.Choice);

    [Fact]
    public void AMajorityIsMoreThanHalfOfAllEligibleNotOfThoseWhoVoted()
    {
        // 10 eligible, 6 vote: 5 approvals are not a majority of 10 even though they are 5 of 6.
        var rule = new BallotRule(MaxApprovals: 2, EligibleDeputies: 10);
        Assert.Equal(6, rule.Majority);
        var papers = Enumerable.Repeat("AOXXX", 5).Append("OAXXX").Select(Paper).ToList();
        var tally = Tally.Count(rule, Five, papers);
        var first = tally.Candidates.Single(c => c.Candidate == 1);
        Assert.Equal((5, 1, 0), (first.Approve, first.Oppose, first.Abstain));
        Assert.False(first.PassesMajority);
        Assert.Empty(tally.Adopted);
    }

    [Fact]
    public void TheTopKOfThosePassingAreAdoptedByRank()
    {
        var rule = new BallotRule(MaxApprovals: 2, EligibleDeputies: 7);
        string[] marks = ["AAOOO", "AAOOO", "AAOOO", "AOAOO", "AOAOX", "OAAOO", "OAAXO"];
        var tally = Tally.Count(rule, Five, marks.Select(Paper).ToList());
        // Approvals: 1→5, 2→5, 3→4 (all pass the majority of 4); only two places.
        Assert.Equal([1L, 2L], tally.Adopted.Select(c => c.Candidate).Order());
        Assert.False(tally.Candidates.Single(c => c.Candidate == 3).Adopted);
        Assert.True(tally.Candidates.Single(c => c.Candidate == 3).PassesMajority);
        Assert.Equal(1, tally.Candidates.Single(c => c.Candidate == 2).Rank);
        Assert.Equal(3, tally.Candidates.Single(c => c.Candidate == 3).Rank);
        Assert.Null(tally.TieNote);
    }

    [Fact]
    public void ATieForTheLastPlaceIsReportedNotBroken()
    {
        var rule = new BallotRule(MaxApprovals: 2, EligibleDeputies: 5);
        string[] marks = ["AAOOO", "AOAOO", "AOAOO", "OAAOO", "AAXOO"];
        // Approvals: 1→4, 2→3, 3→3: one place left for two candidates with 3 each.
        var tally = Tally.Count(rule, Five, marks.Select(Paper).ToList());
        Assert.Equal([1L], tally.Adopted.Select(c => c.Candidate));
        Assert.Equal([2L, 3L], tally.Candidates.Where(c => c.Tied).Select(c => c.Candidate).Order());
        Assert.Contains("tie", tally.TieNote);
    }

    [Fact]
    public void TheSamePapersInAnyOrderGiveTheSameResult()
    {
        var rule = new BallotRule(MaxApprovals: 3, EligibleDeputies: 9);
        var random = new Random(7);
        var papers = Enumerable.Range(0, 9).Select(_ =>
        {
            var approvals = Five.OrderBy(_ => random.Next()).Take(3).ToHashSet();
            return Five.ToDictionary(c => c, c => approvals.Contains(c) ? Choice.Approve : random.Next(2) == 0 ? Choice.Oppose : Choice.Abstain);
        }).ToList();
        var once = Tally.Count(rule, Five, papers).Canonical();
        var reversed = Tally.Count(rule, Five, Enumerable.Reverse(papers).ToList()).Canonical();
        Assert.Equal(once, reversed);
    }

    [Theory]
    [InlineData("AAAOO", "at most 2")]
    [InlineData("AAOO", "missing")]
    public void APaperBreakingTheRuleIsRefusedWithAReason(string marks, string reason)
    {
        var rule = new BallotRule(MaxApprovals: 2, EligibleDeputies: 5);
        Assert.Contains(reason, rule.Check(Five, Paper(marks)));
        var unknown = new Dictionary<long, Choice>(Paper("AOOOO")) { [99] = Choice.Oppose };
        Assert.Contains("99", rule.Check(Five, unknown));
        Assert.Null(rule.Check(Five, Paper("AAXOX")));
    }
}
