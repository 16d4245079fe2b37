using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;

namespace Pledgewatch.Web.Tests;

/// <summary>Projects through the web app: editors' forms, citizens' feedback, the map's filters, photos.</summary>
public sealed class ProjectPageTests : IAsyncLifetime
{
    private PledgewatchApp _app = null!;
    private long _project;

    public async Task InitializeAsync()
    {
        _app = await PledgewatchApp.StartAsync();
        _project = (await new ProjectRegistry(_app.Store).CreateAsync(new ProjectDraft("常州市", "武进区", 2025, ProjectDraft.Livelihood, "样例幼儿园", "常有善育", "样例局", null, "新增学位300个", 1000, 1000, 400,
            [new Place("样例幼儿园", new LngLat(119.95, 31.70))], IsSample: true), "editor")).Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string form, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await PledgewatchApp.TokenAsync(client, page);
        return await client.PostAsync(form, new FormUrlEncodedContent(fields));
    }

    [Theory]
    [InlineData(null, "/account/login")]
    [InlineData("deputy", "/account/denied")]
    public async Task EditorsPagesAreForEditorsOnly(string? role, string sentTo)
    {
        var client = await _app.ClientAsync(role);
        foreach (var page in new[] { "/projects/edit", $"/projects/edit/{_project}", $"/projects/{_project}/progress", "/moderation", "/ballots/new", "/proposals" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith(sentTo, response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        // A form posted anyway (with a token from a page anyone may see) changes nothing.
        var token = await PledgewatchApp.TokenAsync(client, $"/projects/{_project}");
        var post = await client.PostAsync($"/projects/{_project}/progress?handler=Milestone", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "开工",
            ["planned"] = "2025-03-01",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = _app.Store.CreateContext();
        Assert.Empty(db.Milestones);
    }

    [Fact]
    public async Task AnEditorCreatesAProjectWithPlacesCopiedFromAmap()
    {
        var editor = await _app.ClientAsync("editor");
        var gcj = ChinaCoordinates.WgsToGcj(new LngLat(119.97, 31.81));
        var response = await PostAsync(editor, "/projects/edit", "/projects/edit", new Dictionary<string, string>
        {
            ["Name"] = "样例电池项目",
            ["Kind"] = "major",
            ["Region"] = "常州市",
            ["District"] = "新北区",
            ["Year"] = "2025",
            ["Category"] = "新能源",
            ["Total"] = "50000",
            ["Planned"] = "12000",
            ["Completed"] = "6000",
            ["Places"] = FormattableString.Invariant($"厂区 | {gcj.Lng},{gcj.Lat}"),
            ["Datum"] = "gcj02",
            ["Sample"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var detail = (await new ProjectRegistry(_app.Store).FindAsync(id))!;
        Assert.Equal("新北区", detail.Summary.District);
        Assert.Equal(119.97, detail.Summary.Places[0].Point.Lng, 6);
        Assert.Equal(0.12, detail.Summary.InvestmentRate);

        var bad = await PostAsync(editor, "/projects/edit", "/projects/edit", new Dictionary<string, string>
        {
            ["Name"] = "样例",
            ["Kind"] = "major",
            ["Region"] = "常州市",
            ["Year"] = "2025",
            ["Places"] = "厂区 31.8,119.9",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("line 1", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AVisitorSeesAnUpdateAtOnceThoughThePageWasCached()
    {
        var anonymous = await _app.ClientAsync(null);
        Assert.DoesNotContain("外墙完成", await anonymous.GetStringAsync($"/projects/{_project}"), StringComparison.Ordinal);

        // A write through a page's form empties the public cache before its answer is sent.
        var editor = await _app.ClientAsync("editor");
        var page = $"/projects/{_project}/progress";
        var form = new MultipartFormDataContent
        {
            { new StringContent("45"), "percent" }, { new StringContent("外墙完成"), "text" },
            { new StringContent(await PledgewatchApp.TokenAsync(editor, page)), "__RequestVerificationToken" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(page + "?handler=Update", form)).StatusCode);

        Assert.Contains("外墙完成", await anonymous.GetStringAsync($"/projects/{_project}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgressWithAPhotoAndMilestonesShowOnTheProjectPage()
    {
        var editor = await _app.ClientAsync("editor");
        var page = $"/projects/{_project}/progress";
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, page, page + "?handler=Milestone", new() { ["name"] = "开工", ["planned"] = "2025-03-01", ["actual"] = "2025-03-05" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, page, page + "?handler=Milestone", new() { ["name"] = "竣工", ["planned"] = "2099-08-31" })).StatusCode);

        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        var form = new MultipartFormDataContent
        {
            { new StringContent("60"), "percent" }, { new StringContent("主体封顶"), "text" }, { new StringContent("2025-06-30"), "on" },
            { new StringContent(await PledgewatchApp.TokenAsync(editor, page)), "__RequestVerificationToken" },
        };
        form.Add(new ByteArrayContent(png) { Headers = { ContentType = new("image/png") } }, "photo", "site.png");
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync(page + "?handler=Update", form)).StatusCode);

        var notPhoto = new MultipartFormDataContent
        {
            { new StringContent("70"), "percent" }, { new StringContent("x"), "text" },
            { new StringContent(await PledgewatchApp.TokenAsync(editor, page)), "__RequestVerificationToken" },
        };
        notPhoto.Add(new ByteArrayContent("<svg onload=alert(1)>"u8.ToArray()) { Headers = { ContentType = new("image/png") } }, "photo", "evil.png");
        var refused = await editor.PostAsync(page + "?handler=Update", notPhoto);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("not a JPEG, PNG or WebP", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var anonymous = await _app.ClientAsync(null);
        var html = await anonymous.GetStringAsync($"/projects/{_project}");
        Assert.Contains("value=\"60\"", html, StringComparison.Ordinal);
        Assert.Contains("主体封顶", html, StringComparison.Ordinal);
        Assert.Contains("https://uri.amap.com/navigation?to=", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"timeline\"", html, StringComparison.Ordinal);
        Assert.Contains("样例数据，非真实项目", html, StringComparison.Ordinal);
        var photo = System.Text.RegularExpressions.Regex.Match(html, "src=\"(/photos/[0-9a-f-]+)\"").Groups[1].Value;
        var image = await anonymous.GetAsync(photo);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await image.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task FeedbackNeedsNoLoginIsSanitisedAndShownOnlyAfterAnEditorApprovesIt()
    {
        var citizen = await _app.ClientAsync(null);
        var page = $"/projects/{_project}";
        var sent = await PostAsync(citizen, page, page + "/feedback", new() { ["text"] = "门口<script>alert('x')</script>路灯<b>不亮</b>", ["name"] = "<i>王</i>" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("feedback=sent", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);

        await using (var db = _app.Store.CreateContext())
        {
            var stored = await db.Feedback.SingleAsync();
            Assert.Equal("门口路灯不亮", stored.Body);
            Assert.Equal("王", stored.Name);
            Assert.Equal(FeedbackQueue.Pending, stored.Status);
        }

        Assert.DoesNotContain("路灯不亮", await citizen.GetStringAsync(page), StringComparison.Ordinal);
        var editor = await _app.ClientAsync("editor");
        var queue = await editor.GetStringAsync("/moderation");
        Assert.Contains("门口路灯不亮", queue, StringComparison.Ordinal);
        var id = (await _app.Store.CreateContext().Feedback.SingleAsync()).Id;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, "/moderation", "/moderation", new() { ["id"] = $"{id}", ["decision"] = "approve" })).StatusCode);
        var shown = await citizen.GetStringAsync(page);
        Assert.Contains("门口路灯不亮", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", shown, StringComparison.Ordinal);

        // Text stays text: an entity typed as such is kept as typed, never decoded into markup; a text over
        // 2,000 characters is refused before any work is done on it (this uses one of the hour's five).
        var typed = await citizen.PostAsJsonAsync($"/api/v1/projects/{_project}/feedback", new { text = "&lt;script&gt;alert(1)&lt;/script&gt; a < b" });
        Assert.Equal(HttpStatusCode.Accepted, typed.StatusCode);
        await using (var db = _app.Store.CreateContext())
        {
            Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt; a < b", (await db.Feedback.OrderBy(f => f.Id).LastAsync()).Body);
        }

        var huge = await citizen.PostAsJsonAsync($"/api/v1/projects/{_project}/feedback", new { text = new string('路', 700_000) });
        Assert.True(huge.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{huge.StatusCode}");

        // Through the API too, and only a few an hour from one address (this test has used some of them).
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.PostAsJsonAsync("/api/v1/projects/999999/feedback", new { text = "x" })).StatusCode);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await citizen.PostAsJsonAsync($"/api/v1/projects/{_project}/feedback", new { text = $"意见{i}" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.Accepted, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task TheMapListsEveryProjectAndHidesWhatTheFiltersLeaveOut()
    {
        var registry = new ProjectRegistry(_app.Store);
        await registry.CreateAsync(new ProjectDraft("常州市", "溧阳市", 2025, ProjectDraft.Livelihood, "样例卫生站", "常有颐养", null, null, null, null, null, null,
            [new Place("样例卫生站", new LngLat(119.48, 31.42))], IsSample: true), "editor");
        var client = await _app.ClientAsync(null);
        var html = await client.GetStringAsync("/projects?category=" + Uri.EscapeDataString("常有颐养"));
        Assert.Matches("data-category=\"常有善育\"[^>]*hidden", html);
        Assert.DoesNotMatch("data-category=\"常有颐养\"[^>]*hidden", html);
        Assert.Contains("/lib/leaflet.js", html, StringComparison.Ordinal);

        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/projects?year=2025"));
        Assert.Equal(2, all.RootElement.GetArrayLength());
        using var some = JsonDocument.Parse(await client.GetStringAsync("/api/v1/projects?district=320481"));
        var only = some.RootElement.EnumerateArray().Single();
        Assert.Equal("样例卫生站", only.GetProperty("name").GetString());
        Assert.StartsWith("https://uri.amap.com/navigation", only.GetProperty("places")[0].GetProperty("navigation").GetProperty("amap").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/projects?status=green")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/projects/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/data/changzhou-districts.geojson")).StatusCode);
    }

    [Fact]
    public async Task TheCongressOfficeRunsABallotFromItsPagesAndTheAdoptedBecomeProjects()
    {
        var editor = await _app.ClientAsync("clerk");
        var opens = DateTime.UtcNow.AddHours(8).AddMinutes(2);
        var created = await PostAsync(editor, "/ballots/new", "/ballots/new", new()
        {
            ["Kind"] = "vote",
            ["Region"] = "常州市",
            ["Year"] = "2026",
            ["Title"] = "样例票决",
            ["K"] = "1",
            ["Opens"] = opens.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Closes"] = opens.AddHours(1).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            ["Sample"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var manage = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, manage, manage + "?handler=Candidate", new()
        {
            ["title"] = "样例托育园",
            ["category"] = "常有善育",
            ["budget"] = "300",
            ["district"] = "钟楼区",
            ["places"] = "样例托育园 | 119.93,31.78",
            ["datum"] = "wgs84",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, manage, manage + "?handler=Roster", new() { ["text"] = "code,name,user\nP1,样例代表一,deputy" })).StatusCode);
        var badRoster = await PostAsync(editor, manage, manage + "?handler=Roster", new() { ["text"] = "code,name\nP2," });
        Assert.Equal(HttpStatusCode.BadRequest, badRoster.StatusCode);

        // Closing before anyone voted adopts nothing (one deputy, no approvals).
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, manage, manage + "?handler=Close", [])).StatusCode);
        var ballotPage = await editor.GetStringAsync(manage.Replace("/manage", "", StringComparison.Ordinal));
        Assert.Contains("未当选", ballotPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, manage, manage + "?handler=Verify", [])).StatusCode);
        await using var db = _app.Store.CreateContext();
        Assert.Equal(1, await db.Projects.CountAsync());
        Assert.Contains(await db.AuditLog.Select(a => a.Action).ToListAsync(), a => a == "ballot.verify");
    }

    [Fact]
    public async Task ADeputyRatesTheProjectsOnceAndTheRateShowsAfterClose()
    {
        var opens = DateTimeOffset.UtcNow.AddMinutes(-1);
        var setup = new Ballots(_app.Store, new FakeTimeProvider(opens.AddDays(-1)));
        var rating = await setup.CreateRatingAsync(new BallotDraft("常州市", 2025, "样例测评", opens, opens.AddHours(1), IsSample: true), [_project], "office");
        await setup.ImportRosterAsync(rating.Id, new StringReader("code,name,user\nR1,样例代表一,deputy\nR2,样例代表二,"), "office", sample: true);
        var item = (await setup.RatingsAsync(rating.Id))!.Value.Items.Single().Id;

        var deputy = await _app.ClientAsync("deputy");
        Assert.Contains("name=\"r" + item, await deputy.GetStringAsync($"/ballots/{rating.Id}/rate"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.GetAsync($"/ballots/{rating.Id}/vote")).StatusCode);
        var key = Guid.NewGuid();
        var paper = new { submission_key = key, marks = new Dictionary<long, string> { [item] = "fairly_satisfied" } };
        Assert.Equal(HttpStatusCode.Created, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{rating.Id}/ratings", paper)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{rating.Id}/ratings", paper)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{rating.Id}/ratings", new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [item] = "satisfied" } })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await deputy.PostAsJsonAsync($"/api/v1/ballots/{rating.Id}/ratings", new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [item] = "great" } })).StatusCode);

        // Counts only after close.
        using (var open = JsonDocument.Parse(await deputy.GetStringAsync($"/api/v1/ballots/{rating.Id}")))
        {
            Assert.Equal(JsonValueKind.Null, open.RootElement.GetProperty("ratings").ValueKind);
        }

        await new Ballots(_app.Store).CloseAsync(rating.Id, "office");
        var page = await (await _app.ClientAsync(null)).GetStringAsync($"/projects/{_project}");
        Assert.Contains("人大代表满意度测评", page, StringComparison.Ordinal);
        Assert.Contains("100.0%", page, StringComparison.Ordinal);
        Assert.Null(await new Ballots(_app.Store).VerifyAsync(rating.Id, "auditor"));
    }

    [Fact]
    public async Task TheOfficeRecordsProposalsAndShortlistsThemOntoTheVote()
    {
        var opens = DateTimeOffset.UtcNow.AddDays(2);
        var ballot = await new Ballots(_app.Store).CreateAsync(new BallotDraft("常州市", 2032, "样例票决", opens, opens.AddHours(2), IsSample: true), 5, "office");
        var editor = await _app.ClientAsync("clerk");
        var page = "/proposals?region=常州市&year=2032";
        foreach (var (title, source) in new[] { ("样例社区食堂", "代表建议"), ("样例雕塑", "部门提出") })
        {
            var added = await PostAsync(editor, page, "/proposals?handler=Add&region=常州市&year=2032", new()
            {
                ["title"] = title,
                ["source"] = source,
                ["category"] = "常有颐养",
                ["budget"] = "120",
                ["district"] = "钟楼区",
                ["places"] = "食堂 | 119.93,31.78",
                ["datum"] = "wgs84",
                ["sample"] = "true",
            });
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var bad = await PostAsync(editor, page, "/proposals?handler=Add&region=常州市&year=2032", new() { ["title"] = "样例", ["source"] = "传闻" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        long[] ids;
        await using (var db = _app.Store.CreateContext())
        {
            ids = await db.Proposals.OrderBy(p => p.Id).Select(p => p.Id).ToArrayAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, page, "/proposals?handler=Shortlist&region=常州市&year=2032", new() { ["proposal"] = $"{ids[0]}", ["ballot"] = $"{ballot.Id}" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(editor, page, "/proposals?handler=Decline&region=常州市&year=2032", new() { ["proposal"] = $"{ids[1]}" })).StatusCode);
        var again = await PostAsync(editor, page, "/proposals?handler=Shortlist&region=常州市&year=2032", new() { ["proposal"] = $"{ids[1]}", ["ballot"] = $"{ballot.Id}" });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("already declined", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var listed = await editor.GetStringAsync(page);
        Assert.Contains("已列入票决", listed, StringComparison.Ordinal);
        Assert.Contains("未采纳", listed, StringComparison.Ordinal);
        var ballotPage = await editor.GetStringAsync($"/ballots/{ballot.Id}");
        Assert.Contains("样例社区食堂", ballotPage, StringComparison.Ordinal);
        Assert.DoesNotContain("样例雕塑", ballotPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutATileServerTheMapLoadsNoTilesAndWithOneItIsUsed()
    {
        var plain = await (await _app.ClientAsync(null)).GetStringAsync("/projects");
        Assert.Contains("data-tiles=\"\"", plain, StringComparison.Ordinal);

        await using var tiled = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string>
        {
            ["Map:TileUrl"] = "https://tiles.example.gov.cn/{z}/{x}/{y}.png",
            ["Map:TileDatum"] = "gcj02",
        });
        var response = await (await tiled.ClientAsync(null)).GetAsync("/projects");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-tiles=\"https://tiles.example.gov.cn/{z}/{x}/{y}.png\"", html, StringComparison.Ordinal);
        Assert.Contains("data-tile-datum=\"gcj02\"", html, StringComparison.Ordinal);

        // The browser may fetch the tiles (and nothing else) from the tile server.
        Assert.Contains("img-src 'self' data: https://tiles.example.gov.cn;", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:;", (await (await _app.ClientAsync(null)).GetAsync("/projects")).Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://tiles.example.gov.cn/{z}/{x}/{y}.png", "https://tiles.example.gov.cn")]
    [InlineData("https://t{s}.example.gov.cn:8443/{z}/{x}/{y}.png", "https://*.example.gov.cn:8443")]
    [InlineData("javascript:alert(1)//{z}", null)]
    [InlineData("", null)]
    public void TheTileServersOriginIsAllowedForImagesOnly(string template, string? origin) =>
        Assert.Equal(origin, Pledgewatch.Web.Shared.SecurityHeaders.TileOrigin(template));
}
