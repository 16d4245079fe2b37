using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Web.Tests;

/// <summary>
/// The secret ballot, tried as an administrator: every page reachable by links, every GET of the
/// API (from the OpenAPI document) and every export, after a vote. Nothing may tie a deputy to a paper.
/// </summary>
public sealed partial class PrivacyTests
{

    [Fact]
    public async Task AnAdministratorFindsNoWayToLearnHowADeputyVoted()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(app.Store, new FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await setup.CreateAsync(new BallotDraft("常州市", 2025, "样例票决", opens, opens.AddHours(1), IsSample: true), 1, "office");
        var a = (await setup.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = "样例项目甲", IsSample = true }, "office")).Id;
        var b = (await setup.AddCandidateAsync(ballot.Id, new CandidateEntity { Title = "样例项目乙", IsSample = true }, "office")).Id;
        await setup.ImportRosterAsync(ballot.Id, new StringReader("code,name,user\nQX71,样例代表赵,deputy\nQX72,样例代表钱,\nQX73,样例代表孙,\n"), "office", sample: true);
        var live = new Ballots(app.Store, new FakeTimeProvider(opens.AddMinutes(5)));
        Assert.True((await live.CastAsync(ballot.Id, "QX71", Guid.NewGuid(), new Dictionary<long, Choice> { [a] = Choice.Approve, [b] = Choice.Oppose })).Counts);
        Assert.True((await live.CastAsync(ballot.Id, "QX72", Guid.NewGuid(), new Dictionary<long, Choice> { [a] = Choice.Oppose, [b] = Choice.Approve })).Counts);
        await live.CloseAsync(ballot.Id, "office");

        // A year-end rating of a project by the same deputies, closed too.
        var project = await new ProjectRegistry(app.Store).CreateAsync(new ProjectDraft("常州市", "武进区", 2025, ProjectDraft.Livelihood, "样例项目丙", "常有善育", null, null, null, null, null, null,
            [new Place("样例地点", new LngLat(119.95, 31.7))], IsSample: true), "office");
        var rating = await setup.CreateRatingAsync(new BallotDraft("常州市", 2025, "样例测评", opens, opens.AddHours(1), IsSample: true), [project.Id], "office");
        await setup.ImportRosterAsync(rating.Id, new StringReader("code,name,user\nQX71,样例代表赵,deputy\nQX72,样例代表钱,\nQX73,样例代表孙,\n"), "office", sample: true);
        var item = (await live.RatingsAsync(rating.Id))!.Value.Items.Single().Id;
        Assert.True((await live.RateAsync(rating.Id, "QX71", Guid.NewGuid(), new Dictionary<long, Rating> { [item] = Rating.Dissatisfied })).Counts);
        Assert.True((await live.RateAsync(rating.Id, "QX72", Guid.NewGuid(), new Dictionary<long, Rating> { [item] = Rating.Satisfied })).Counts);
        await live.CloseAsync(rating.Id, "office");

        var admin = await app.ClientAsync("admin");
        var responses = new Dictionary<string, string>();

        // Every page reachable by links from the home page (and the ballot pages), as the administrator.
        var queue = new Queue<string>(["/", "/ballots", $"/ballots/{ballot.Id}", $"/ballots/{rating.Id}", $"/ballots/{ballot.Id}/manage", $"/ballots/{rating.Id}/manage", "/projects", $"/projects/{project.Id}", "/admin"]);
        while (queue.Count > 0 && responses.Count < 400)
        {
            var url = queue.Dequeue();
            if (responses.ContainsKey(url))
            {
                continue;
            }

            var response = await admin.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            responses[url] = body;
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                foreach (Match link in Link().Matches(body))
                {
                    var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                    if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal) && !href.StartsWith("/lang/", StringComparison.Ordinal) && !responses.ContainsKey(href))
                    {
                        queue.Enqueue(href);
                    }
                }
            }
        }

        // Every GET of the API, with the ballot's and a region's parameters filled in.
        using var openapi = JsonDocument.Parse(await admin.GetStringAsync("/openapi/v1.json"));
        foreach (var path in openapi.RootElement.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name))
        {
            foreach (var what in new[] { "claims", "scorecard", "conflicts", "carryover" })
            {
                foreach (var id in path.StartsWith("/api/v1/projects", StringComparison.Ordinal) ? [project.Id] : new[] { ballot.Id, rating.Id })
                {
                    var url = path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{what}", what, StringComparison.Ordinal)
                        + "?region=常州市&parent=常州市&year=2025&q=样例&format=csv";
                    responses[url] = await admin.GetStringAsync(url) is var s ? s : "";
                }
            }
        }

        Assert.True(responses.Count > 30, $"only {responses.Count} responses were read");
        // A paper is never shown next to who cast it: no response names a deputy of the roster at all.
        foreach (var (url, body) in responses)
        {
            foreach (var secret in new[] { "QX71", "QX72", "样例代表赵", "样例代表钱" })
            {
                Assert.False(body.Contains(secret, StringComparison.Ordinal), $"{url} shows {secret}");
            }
        }

        // The published tally is there, as counts only.
        Assert.Contains("\"approve\":1", responses.First(r => r.Key.StartsWith($"/api/v1/ballots/{ballot.Id}", StringComparison.Ordinal)).Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"dissatisfied\":1", responses.First(r => r.Key.StartsWith($"/api/v1/ballots/{rating.Id}", StringComparison.Ordinal)).Value.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(responses, r => r.Key == "/projects");
        await using var db = app.Store.CreateContext();
        Assert.Equal(4, await db.VoteReceipts.CountAsync());
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Link();
}
