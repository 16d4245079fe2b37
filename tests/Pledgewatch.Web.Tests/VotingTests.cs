using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;

namespace Pledgewatch.Web.Tests;

/// <summary>Deputies vote through the pages and the API; the tally is published after close.</summary>
public sealed partial class VotingTests : IAsyncLifetime
{
    private PledgewatchApp _app = null!;
    private long _ballot;
    private long[] _candidates = [];


    public async Task InitializeAsync()
    {
        _app = await PledgewatchApp.StartAsync();
        // Set up before opening (a clock of yesterday); the app itself runs on real time, with the ballot open.
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(_app.Store, new FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await setup.CreateAsync(new BallotDraft("常州市", 2025, "样例票决", opens, opens.AddHours(1), IsSample: true), 1, "office");
        _ballot = ballot.Id;
        _candidates = [
            (await setup.AddCandidateAsync(_ballot, new CandidateEntity { Title = "样例项目甲", IsSample = true }, "office")).Id,
            (await setup.AddCandidateAsync(_ballot, new CandidateEntity { Title = "样例项目乙", IsSample = true }, "office")).Id,
        ];
        await setup.ImportRosterAsync(_ballot, new StringReader("code,name,user\nD1,样例代表一,deputy\nD2,样例代表二,nobody-yet\n"), "office", sample: true);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task BallotTimesAreShownInBeijingTimeWithTheZoneNamed()
    {
        await using var db = _app.Store.CreateContext();
        var ballot = await db.Ballots.SingleAsync(b => b.Id == _ballot);
        var closes = ballot.ClosesAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var client = await _app.ClientAsync(null);
        foreach (var url in new[] { "/ballots", $"/ballots/{_ballot}" })
        {
            var page = await client.GetStringAsync(url);
            Assert.Contains($"{closes} 北京时间", page, StringComparison.Ordinal);
            Assert.DoesNotContain(" UTC", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AMarkTheFormDoesNotOfferIsRefusedNotCountedAsAnAbstention()
    {
        var client = await _app.ClientAsync("deputy");
        var form = await client.GetStringAsync($"/ballots/{_ballot}/vote");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PledgewatchApp.TokenIn(form),
            ["key"] = Key().Match(form).Groups[1].Value,
            [$"m{_candidates[0]}"] = "approve",
            [$"m{_candidates[1]}"] = "maybe",
        };
        var response = await client.PostAsync($"/ballots/{_ballot}/vote", new FormUrlEncodedContent(fields));

        Assert.DoesNotContain("您的投票已记录", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = _app.Store.CreateContext();
        Assert.Equal(0, await db.CastPapers.CountAsync(p => p.BallotId == _ballot));
    }

    [Fact]
    public async Task ADeputyVotesOnThePageAndASecondTapIsTheSameVote()
    {
        var client = await _app.ClientAsync("deputy");
        var form = await client.GetStringAsync($"/ballots/{_ballot}/vote");
        var token = PledgewatchApp.TokenIn(form);
        var key = Key().Match(form).Groups[1].Value;
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["key"] = key,
            [$"m{_candidates[0]}"] = "approve",
            [$"m{_candidates[1]}"] = "oppose",
        };
        var first = await client.PostAsync($"/ballots/{_ballot}/vote", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("您的投票已记录", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var again = await client.PostAsync($"/ballots/{_ballot}/vote", new FormUrlEncodedContent(fields));
        Assert.Contains("您的投票已记录", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var other = await client.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [_candidates[0]] = "oppose", [_candidates[1]] = "approve" } });
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        await using var db = _app.Store.CreateContext();
        Assert.Equal(1, await db.CastPapers.CountAsync(p => p.BallotId == _ballot));
    }

    [Fact]
    public async Task OnlyDeputiesOnTheRosterMayVote()
    {
        var paper = new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [_candidates[0]] = "approve", [_candidates[1]] = "abstain" } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await _app.ClientAsync(null)).PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.ClientAsync("editor")).PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await _app.ClientAsync("admin")).PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);
        var deputy = await _app.ClientAsync("deputy");
        var tooMany = await deputy.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [_candidates[0]] = "approve", [_candidates[1]] = "approve" } });
        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Contains("at most 1", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);
    }

    [Fact]
    public async Task TheTallyIsPublishedOnlyAfterCloseAndNamesNoDeputy()
    {
        var deputy = await _app.ClientAsync("deputy");
        var key = Guid.NewGuid();
        var paper = new { submission_key = key, marks = new Dictionary<long, string> { [_candidates[0]] = "approve", [_candidates[1]] = "oppose" } };
        Assert.Equal(HttpStatusCode.Created, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", paper)).StatusCode);

        var visitor = await _app.ClientAsync(null);
        using (var open = JsonDocument.Parse(await visitor.GetStringAsync($"/api/v1/ballots/{_ballot}")))
        {
            Assert.Equal(JsonValueKind.Null, open.RootElement.GetProperty("tally").ValueKind);

            // While the vote is open, how many have voted is the congress office's to know.
            Assert.Equal(JsonValueKind.Null, open.RootElement.GetProperty("voted").ValueKind);
        }

        Assert.DoesNotContain("已投票", await visitor.GetStringAsync($"/ballots/{_ballot}"), StringComparison.Ordinal);
        Assert.DoesNotContain("已投票", await deputy.GetStringAsync($"/ballots/{_ballot}"), StringComparison.Ordinal);
        var clerk = await _app.ClientAsync("clerk");
        using (var office = JsonDocument.Parse(await clerk.GetStringAsync($"/api/v1/ballots/{_ballot}")))
        {
            Assert.Equal(1, office.RootElement.GetProperty("voted").GetInt32());
        }

        Assert.Contains("已投票", await clerk.GetStringAsync($"/ballots/{_ballot}"), StringComparison.Ordinal);

        await new Ballots(_app.Store).CloseAsync(_ballot, "office");
        var admin = await _app.ClientAsync("admin");
        var json = await admin.GetStringAsync($"/api/v1/ballots/{_ballot}");
        using var closed = JsonDocument.Parse(json);
        var first = closed.RootElement.GetProperty("tally").EnumerateArray().Single(c => c.GetProperty("candidate").GetInt64() == _candidates[0]);
        Assert.Equal(1, closed.RootElement.GetProperty("voted").GetInt32());
        Assert.StartsWith("1 sha256:", closed.RootElement.GetProperty("papers_digest").GetString(), StringComparison.Ordinal);
        Assert.Matches("^[0-9]+:[0-9a-f]{64}$", closed.RootElement.GetProperty("audit_head").GetString());
        Assert.Equal(1, first.GetProperty("approve").GetInt32());
        Assert.False(first.GetProperty("adopted").GetBoolean()); // 1 approval of 2 eligible is not more than half
        // The page's anti-forgery tokens are random text that may spell anything: they are left out of the search.
        var page = Regex.Replace(await admin.GetStringAsync($"/ballots/{_ballot}"), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "");
        foreach (var secret in new[] { "D1", "样例代表一", "deputy\"" })
        {
            Assert.DoesNotContain(secret, json, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        var late = await deputy.PostAsJsonAsync($"/api/v1/ballots/{_ballot}/votes", new { submission_key = Guid.NewGuid(), marks = paper.marks });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [GeneratedRegex("name=\"key\" value=\"([0-9a-f-]+)\"")]
    private static partial Regex Key();
}
