using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pledgewatch.Web.Tests;

/// <summary>
/// Every GET of the OpenAPI document, with each parameter given values no client should send; and the
/// other inputs an attacker tried. Nothing answers 500. Bounded: a fixed list of values, no loops on time.
/// </summary>
public sealed class FuzzTests : IAsyncLifetime
{
    private static readonly string[] Values =
    [
        "", "9", "0", "-1", "99999999999999999999", "1e309", "NaN", "%00", "%0d%0a", "'", "\"", "'; DROP TABLE claims; --",
        "%E5%B8%B8%E5%B7%9E%E5%B8%82%0A%E6%AD%A6", "<script>", "../../etc/passwd", "%5C%5Cevil.example", "%F0%9F%98%80", "%FF%FE", new string('9', 300),
        "2024-13-45", "true", "null", "[]", "{}",
    ];

    private PledgewatchApp _app = null!;

    // The fuzzing sends hundreds of uncached reads: the limit on them is tested on its own below.
    public async Task InitializeAsync() => _app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string> { ["RateLimits:ExpensiveMisses"] = "100000" });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task NoGetInTheOpenApiDocumentAnswers500()
    {
        var client = await _app.ClientAsync("admin");
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var failures = new List<string>();
        var tried = 0;
        foreach (var path in doc.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var parameters = (get.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [])
                .Concat(path.Value.TryGetProperty("parameters", out var shared) ? shared.EnumerateArray().ToList() : [])
                .Select(x => (Name: x.GetProperty("name").GetString()!, In: x.GetProperty("in").GetString()!)).Distinct().ToList();
            var urls = new List<string>();
            foreach (var value in Values)
            {
                // One parameter at a time malformed, the others sensible; then all at once.
                foreach (var target in parameters)
                {
                    urls.Add(Url(path.Name, parameters, q => q.Name == target.Name ? value : Sensible(q.Name)));
                }

                urls.Add(Url(path.Name, parameters, _ => value));
            }

            // Parameters nobody declared, and unknown regions.
            urls.Add(Url(path.Name, parameters, q => Sensible(q.Name)) + "&nc=1&region=9&region=%E5%B8%B8");
            foreach (var url in urls.Distinct())
            {
                tried++;
                HttpResponseMessage response;
                try
                {
                    response = await client.GetAsync(url);
                }
                catch (InvalidOperationException)
                {
                    // The test host refuses a NUL in a path before the app sees it (so does Kestrel, with 400).
                    continue;
                }

                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{(int)response.StatusCode} {url}");
                }
            }
        }

        Assert.True(tried > 500, $"only {tried} requests were tried");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("/lang/en?back=/%5Cevil.example")]
    [InlineData("/lang/en?back=//evil.example")]
    [InlineData("/lang/en?back=/\\evil.example")]
    [InlineData("/lang/en?back=https://evil.example/")]
    [InlineData("/lang/zh?back=%0d%0aSet-Cookie:%20x=1")]
    public async Task TheLanguageSwitchGoesBackOnlyToALocalPath(string url)
    {
        var client = await _app.ClientAsync(null);
        var response = await client.GetAsync(url);
        Assert.True((int)response.StatusCode < 500, $"{response.StatusCode}");
        var location = response.Headers.Location?.OriginalString ?? "/";
        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), location);
        Assert.False(response.Headers.Contains("x"));
    }

    [Theory]
    [InlineData("/conflicts?region=9")]
    [InlineData("/carryover?region=%E4%B8%8D%E5%AD%98%E5%9C%A8")]
    [InlineData("/api/v1/conflicts?region=9")]
    [InlineData("/api/v1/carryover?region=%E4%B8%8D%E5%AD%98%E5%9C%A8")]
    [InlineData("/api/v1/export/claims?region=9&format=csv")]
    [InlineData("/api/v1/export/conflicts?region=9&format=xlsx")]
    [InlineData("/api/v1/export/carryover?region=9")]
    public async Task AnUnknownRegionIsNotFound(string url)
    {
        var client = await _app.ClientAsync(null);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task MadeUpQueryParametersDoNotBypassTheCache()
    {
        var client = await _app.ClientAsync(null);
        var first = await client.GetAsync("/scorecard/%E5%B8%B8%E5%B7%9E%E5%B8%82/2024?nc=first");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Null(first.Headers.Age);

        // Another made-up value is the same page, served from the cache; a real filter is not.
        var second = await client.GetAsync("/scorecard/%E5%B8%B8%E5%B7%9E%E5%B8%82/2024?nc=second&zz=1");
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        var filtered = await client.GetAsync("/scorecard/%E5%B8%B8%E5%B7%9E%E5%B8%82/2024?verdict=missed&nc=third");
        Assert.Null(filtered.Headers.Age);
        Assert.NotEqual(await first.Content.ReadAsStringAsync(), await filtered.Content.ReadAsStringAsync());

        // The API likewise.
        Assert.Null((await client.GetAsync("/api/v1/claims?region=320400&year=2024&nc=1")).Headers.Age);
        Assert.NotNull((await client.GetAsync("/api/v1/claims?region=320400&year=2024&nc=2")).Headers.Age);
    }

    [Fact]
    public async Task ExpensiveMissesAreLimitedPerAddressAndCachedHitsAreFree()
    {
        await using var app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string> { ["RateLimits:ExpensiveMisses"] = "5" });
        var client = await app.ClientAsync(null);

        // The same scorecard fifty times: one build, the rest from the cache, none refused.
        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/scorecard?region=320400&year=2024")).StatusCode);
        }

        // Searches that each miss the cache: four more go ahead, then the address waits.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync($"/api/v1/search?q=%E5%85%BB%E8%80%81{i}")).StatusCode);
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/scorecard/%E5%B8%B8%E5%B7%9E%E5%B8%82/2024?section=%E6%96%B0")).StatusCode);

        // A page already cached is still served.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/scorecard?region=320400&year=2024")).StatusCode);
    }

    [Fact]
    public async Task TheSmallHolesAreClosed()
    {
        var editor = await _app.ClientAsync("editor");
        long claim;
        await using (var db = _app.Store.CreateContext())
        {
            claim = db.Claims.First(c => c.Indicator == "产业规模").Id;
        }

        // An empty correction is no new version.
        var empty = await editor.PostAsJsonAsync($"/api/v1/claims/{claim}/corrections", new { });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        await using (var db = _app.Store.CreateContext())
        {
            Assert.Empty(db.ClaimCorrections.Where(c => c.ClaimId == claim));
        }

        // Another site's page cannot post here, even with the editor's cookie.
        using var foreign = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{claim}/corrections") { Content = JsonContent.Create(new { note = "从别的网站" }) };
        foreign.Headers.Add("Origin", "https://evil.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendAsync(foreign)).StatusCode);
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{claim}/corrections") { Content = JsonContent.Create(new { note = "从别的网站" }) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.SendAsync(crossSite)).StatusCode);
        using var same = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{claim}/corrections") { Content = JsonContent.Create(new { note = "本站" }) };
        same.Headers.Add("Origin", "http://localhost");
        same.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await editor.SendAsync(same)).StatusCode);

        // Two marks for one candidate are refused, not read as the last.
        var deputy = await _app.ClientAsync("deputy");
        var twice = await deputy.PostAsync("/api/v1/ballots/1/votes", new StringContent($"{{\"submission_key\":\"{Guid.NewGuid()}\",\"marks\":{{\"1\":\"approve\",\"1\":\"oppose\"}}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        // A region sent with line breaks is stored without them.
        var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("2031年主要预期目标：地区生产总值增长5%左右。")), "file", "r.txt");
        upload.Add(new StringContent("样例区\r\n伪造的日志行"), "region");
        upload.Add(new StringContent("2031"), "year");
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/documents", upload)).StatusCode);
        await using (var db = _app.Store.CreateContext())
        {
            Assert.Contains(db.Regions, r => r.Name == "样例区 伪造的日志行");
            Assert.DoesNotContain(db.Regions, r => r.Name.Contains('\n') || r.Name.Contains('\r'));
        }
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/projects/1/feedback")]
    public async Task AnOversizedFormIsRefusedNotAServerError(string page)
    {
        var client = await _app.ClientAsync(null);
        var response = await client.PostAsync(page, new StringContent("text=" + string.Concat(Enumerable.Repeat("%E8%B7%AF", 700_000)), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"{response.StatusCode}");
    }

    [Fact]
    public async Task ADeputyNotOnTheRosterIsNotShownThePaper()
    {
        var opens = DateTimeOffset.UtcNow.AddMinutes(-5);
        var ballots = new Pledgewatch.Storage.Voting.Ballots(_app.Store, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(opens.AddDays(-1)));
        var ballot = await ballots.CreateAsync(new Pledgewatch.Storage.Voting.BallotDraft("常州市", 2031, "名单测试（样例）", opens, opens.AddHours(3), IsSample: true), 1, "office");
        await ballots.AddCandidateAsync(ballot.Id, new Pledgewatch.Storage.Entities.CandidateEntity { Title = "样例候选", IsSample = true }, "office");
        await ballots.ImportRosterAsync(ballot.Id, new StringReader("code,name,user\nX1,别人,someone-else"), "office", sample: true);
        var deputy = await _app.ClientAsync("deputy");
        var page = await deputy.GetAsync($"/ballots/{ballot.Id}/vote");
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("您不在本次名单中", html, StringComparison.Ordinal);
        Assert.DoesNotContain("样例候选", html, StringComparison.Ordinal);
    }

    private static string Url(string template, IEnumerable<(string Name, string In)> parameters, Func<(string Name, string In), string> value)
    {
        var path = template;
        var query = new List<string>();
        foreach (var p in parameters)
        {
            if (p.In == "path")
            {
                path = path.Replace("{" + p.Name + "}", value(p), StringComparison.Ordinal);
            }
            else if (p.In == "query")
            {
                query.Add($"{p.Name}={value(p)}");
            }
        }

        return path + "?" + string.Join("&", query);
    }

    private static string Sensible(string name) => name switch
    {
        "region" => "320400",
        "year" => "2024",
        "page" => "1",
        "page_size" => "10",
        "q" => "%E5%85%BB%E8%80%81",
        "format" => "csv",
        "what" => "claims",
        "id" => "1",
        _ => "1",
    };
}
