using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Pledgewatch.Web.Tests;

/// <summary>Every write endpoint, tried by every role and by nobody.</summary>
public sealed class AuthorizationTests : IAsyncLifetime
{
    private PledgewatchApp _app = null!;
    private long _claim;

    public static TheoryData<string?, string, HttpStatusCode> Matrix => new()
    {
        // POST /api/v1/documents: editors and administrators.
        { null, "upload", HttpStatusCode.Unauthorized },
        { "deputy", "upload", HttpStatusCode.Forbidden },
        { "clerk", "upload", HttpStatusCode.Forbidden },
        { "editor", "upload", HttpStatusCode.Created },
        { "admin", "upload", HttpStatusCode.Created },
        // POST /api/v1/claims/{id}/corrections: editors and administrators.
        { null, "correct", HttpStatusCode.Unauthorized },
        { "deputy", "correct", HttpStatusCode.Forbidden },
        { "clerk", "correct", HttpStatusCode.Forbidden },
        { "editor", "correct", HttpStatusCode.OK },
        { "admin", "correct", HttpStatusCode.OK },
        // POST /api/v1/catalog/aliases: administrators only.
        { null, "merge", HttpStatusCode.Unauthorized },
        { "deputy", "merge", HttpStatusCode.Forbidden },
        { "clerk", "merge", HttpStatusCode.Forbidden },
        { "editor", "merge", HttpStatusCode.Forbidden },
        { "admin", "merge", HttpStatusCode.OK },
        // The import page's form: editors and administrators (shown what the upload brought); others are sent to log in or told no.
        { null, "import-page", HttpStatusCode.Redirect },
        { "deputy", "import-page", HttpStatusCode.Redirect },
        { "clerk", "import-page", HttpStatusCode.Redirect },
        { "editor", "import-page", HttpStatusCode.OK },
        { "admin", "import-page", HttpStatusCode.OK },
        // The correction page's form.
        { null, "correct-page", HttpStatusCode.Redirect },
        { "deputy", "correct-page", HttpStatusCode.Redirect },
        { "clerk", "correct-page", HttpStatusCode.Redirect },
        { "editor", "correct-page", HttpStatusCode.Redirect },
        { "admin", "correct-page", HttpStatusCode.Redirect },
        // POST /api/v1/ballots/{id}/votes: deputies on the ballot's roster only (this deputy is on none).
        { null, "vote", HttpStatusCode.Unauthorized },
        { "deputy", "vote", HttpStatusCode.Forbidden },
        { "clerk", "vote", HttpStatusCode.Forbidden },
        { "editor", "vote", HttpStatusCode.Forbidden },
        { "admin", "vote", HttpStatusCode.Forbidden },
        // The administration page's forms: administrators only.
        { null, "admin-page", HttpStatusCode.Redirect },
        { "deputy", "admin-page", HttpStatusCode.Redirect },
        { "clerk", "admin-page", HttpStatusCode.Redirect },
        { "editor", "admin-page", HttpStatusCode.Redirect },
        { "admin", "admin-page", HttpStatusCode.OK },
        // Ballots are the congress office's (administrators and clerks): creating one, adding a candidate, closing an open vote.
        { null, "ballot-new", HttpStatusCode.Redirect },
        { "deputy", "ballot-new", HttpStatusCode.Redirect },
        { "editor", "ballot-new", HttpStatusCode.Redirect },
        { "clerk", "ballot-new", HttpStatusCode.Redirect },
        { "admin", "ballot-new", HttpStatusCode.Redirect },
        { null, "ballot-candidate", HttpStatusCode.Redirect },
        { "deputy", "ballot-candidate", HttpStatusCode.Redirect },
        { "editor", "ballot-candidate", HttpStatusCode.Redirect },
        { "clerk", "ballot-candidate", HttpStatusCode.Redirect },
        { "admin", "ballot-candidate", HttpStatusCode.Redirect },
        { null, "ballot-close", HttpStatusCode.Redirect },
        { "deputy", "ballot-close", HttpStatusCode.Redirect },
        { "editor", "ballot-close", HttpStatusCode.Redirect },
        { "clerk", "ballot-close", HttpStatusCode.Redirect },
        { "admin", "ballot-close", HttpStatusCode.Redirect },
    };

    private static bool Office(string? role) => role is "admin" or "clerk";

    public async Task InitializeAsync()
    {
        _app = await PledgewatchApp.StartAsync();
        await using var db = _app.Store.CreateContext();
        _claim = db.Claims.First(c => c.Indicator == "产业规模").Id;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task WritesNeedTheRightRole(string? role, string endpoint, HttpStatusCode expected)
    {
        var client = await _app.ClientAsync(role);
        var ballots = new Pledgewatch.Storage.Voting.Ballots(_app.Store);
        var open = await ballots.CreateAsync(new Pledgewatch.Storage.Voting.BallotDraft("常州市", 2031, $"权限测试（样例）{role}", DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(2), IsSample: true), 1, "test");
        var ballotsBefore = _app.Store.CreateContext().Ballots.Count();
        var response = endpoint switch
        {
            "ballot-new" => await PostFormAsync(client, "/ballots/new", Office(role), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Kind"] = "vote",
                ["Region"] = "常州市",
                ["Year"] = "2031",
                ["Title"] = $"新票决（样例）{role}",
                ["K"] = "3",
                ["Opens"] = "2031-01-10T09:00",
                ["Closes"] = "2031-01-10T12:00",
                ["Sample"] = "true",
            })),
            "ballot-candidate" => await PostFormAsync(client, $"/ballots/{open.Id}/manage?handler=Candidate", Office(role), new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = $"候选（样例）{role}" }), $"/ballots/{open.Id}/manage"),
            "ballot-close" => await PostFormAsync(client, $"/ballots/{open.Id}/manage?handler=Close", Office(role), new FormUrlEncodedContent(new Dictionary<string, string> { ["confirm"] = "1" }), $"/ballots/{open.Id}/manage"),
            "upload" => await client.PostAsync("/api/v1/documents", Report($"{role}-upload.txt")),
            "correct" => await client.PostAsJsonAsync($"/api/v1/claims/{_claim}/corrections", new { indicator = "新能源产业规模" }),
            "merge" => await client.PostAsJsonAsync("/api/v1/catalog/aliases", new { alias = "经济总量增速", into = "地区生产总值" }),
            "vote" => await client.PostAsJsonAsync("/api/v1/ballots/1/votes", new { submission_key = Guid.NewGuid(), marks = new Dictionary<long, string> { [1] = "approve" } }),
            "import-page" => await PostFormAsync(client, "/import", role is "editor" or "admin", Report($"{role}-page.txt")),
            "admin-page" => await PostFormAsync(client, "/admin?handler=AddUser", role is "admin", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = $"new-{role}", ["role"] = "deputy", ["password"] = "a long enough password" })),
            _ => await PostFormAsync(client, $"/claims/{_claim}/correct", role is "editor" or "admin", new FormUrlEncodedContent(new Dictionary<string, string> { ["indicator"] = "新能源产业规模", ["value"] = "850000000000" })),
        };
        Assert.Equal(expected, response.StatusCode);
        await using var db = _app.Store.CreateContext();
        Assert.Equal(endpoint == "admin-page" && role == "admin", db.Users.Any(u => u.Name == $"new-{role}"));

        // Only the office changed a ballot.
        Assert.Equal(endpoint == "ballot-new" && Office(role) ? ballotsBefore + 1 : ballotsBefore, db.Ballots.Count());
        Assert.Equal(endpoint == "ballot-candidate" && Office(role), db.Candidates.Any(c => c.BallotId == open.Id));
        Assert.Equal(endpoint == "ballot-close" && Office(role), db.Ballots.Single(b => b.Id == open.Id).ClosedAt is not null);
        if (expected == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!;
            var target = location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
            var where = role switch
            {
                null => "/account/login",
                _ when endpoint.StartsWith("ballot-", StringComparison.Ordinal) => Office(role) ? (endpoint == "ballot-new" ? "/ballots/" : $"/ballots/{open.Id}/manage") : "/account/denied",
                "deputy" or "editor" or "clerk" when endpoint == "admin-page" => "/account/denied",
                "deputy" or "clerk" => "/account/denied",
                _ => endpoint == "import-page" ? "/documents/" : $"/claims/{_claim}",
            };
            Assert.StartsWith(where, target, StringComparison.Ordinal);
        }
        else if (expected is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Theory]
    [InlineData("clerk", true, false)]
    [InlineData("admin", true, true)]
    [InlineData("editor", false, true)]
    [InlineData("deputy", false, false)]
    public async Task EachRoleIsOfferedTheLinksItMayFollow(string role, bool office, bool editor)
    {
        var client = await _app.ClientAsync(role);
        var ballots = await client.GetStringAsync("/ballots");
        Assert.Equal(office, ballots.Contains("href=\"/ballots/new\"", StringComparison.Ordinal));
        Assert.Equal(office, ballots.Contains("href=\"/proposals\"", StringComparison.Ordinal));
        Assert.Equal(editor, ballots.Contains("href=\"/import\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AFormWithoutItsAntiforgeryTokenIsRefused()
    {
        var client = await _app.ClientAsync("editor");
        var response = await client.PostAsync($"/claims/{_claim}/correct", new FormUrlEncodedContent(new Dictionary<string, string> { ["value"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = _app.Store.CreateContext();
        Assert.Empty(db.ClaimCorrections.Where(c => c.ClaimId == _claim));
    }

    [Fact]
    public async Task AWrongPasswordDoesNotLogIn()
    {
        var client = await _app.ClientAsync(null);
        var token = await PledgewatchApp.TokenAsync(client, "/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = "admin",
            ["password"] = "not the password",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/catalog/aliases", new { alias = "x", into = "地区生产总值" })).StatusCode);
    }

    [Fact]
    public async Task LoginAttemptsAreLimited()
    {
        var client = await _app.ClientAsync(null);
        var token = await PledgewatchApp.TokenAsync(client, "/account/login");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = "admin",
                ["password"] = $"guess number {i}",
                ["__RequestVerificationToken"] = token,
            }));
            statuses.Add(response.StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.DoesNotContain(HttpStatusCode.Redirect, statuses);
    }

    private static async Task<HttpResponseMessage> LogInAsync(HttpClient client, string name, string password) =>
        await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["__RequestVerificationToken"] = await PledgewatchApp.TokenAsync(client, "/account/login"),
        }));

    [Fact]
    public async Task FailedLogInsLockTheAccountNotTheHall()
    {
        await using var app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string> { ["Login:LockoutMinutes"] = "0.05" });
        var hall = await app.ClientAsync(null);

        // Page views cost nothing: a hall behind one address opens the login page many times and still logs in.
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await hall.GetAsync("/account/login")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "editor", PledgewatchApp.Password)).StatusCode);

        // Five wrong passwords lock the account: then even the right one is refused, from any client.
        for (var i = 0; i < 5; i++)
        {
            await LogInAsync(hall, "admin", $"guess {i}");
        }

        var locked = await LogInAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "admin", PledgewatchApp.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.Store.CreateContext())
        {
            Assert.Single(db.AuditLog.Where(a => a.Action == "account.lockout" && a.Subject == "user admin"));
        }

        // The rest of the hall logs in as before.
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(hall, "deputy", PledgewatchApp.Password)).StatusCode);

        // The lockout expires (here after three seconds).
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        Assert.Equal(HttpStatusCode.Redirect, (await LogInAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "admin", PledgewatchApp.Password)).StatusCode);
    }

    [Fact]
    public async Task ACopiedCookieIsRefusedAfterLogOut()
    {
        // The owner logs in, keeping cookies in a jar the test can read; a thief copies the login cookie.
        var copy = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new CookieContainer();
        var login = _app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var token = await LoginTokenAsync(login, jar);
        var response = await login.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "editor", ["password"] = PledgewatchApp.Password, ["__RequestVerificationToken"] = token }),
        }, jar));
        Keep(response, jar);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stolen = jar.GetCookieHeader(new Uri("http://localhost/"));
        Assert.Contains("pledgewatch=", stolen, StringComparison.Ordinal);

        var moderation = new HttpRequestMessage(HttpMethod.Get, "/moderation");
        moderation.Headers.Add("Cookie", stolen);
        Assert.Equal(HttpStatusCode.OK, (await copy.SendAsync(moderation)).StatusCode);

        // The owner logs out (the same session): the copy no longer works.
        var home = await login.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/"), jar));
        var form = System.Text.RegularExpressions.Regex.Match(await home.Content.ReadAsStringAsync(), "<form method=\"post\" action=\"/account/logout\".*?</form>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var logout = await login.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Post, "/account/logout")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PledgewatchApp.TokenIn(form) }),
        }, jar));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        var again = new HttpRequestMessage(HttpMethod.Get, "/moderation");
        again.Headers.Add("Cookie", stolen);
        var refused = await copy.SendAsync(again);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<string> LoginTokenAsync(HttpClient client, CookieContainer jar)
    {
        var page = await client.SendAsync(WithCookies(new HttpRequestMessage(HttpMethod.Get, "/account/login"), jar));
        Keep(page, jar);
        return PledgewatchApp.TokenIn(await page.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage WithCookies(HttpRequestMessage request, CookieContainer jar)
    {
        var header = jar.GetCookieHeader(new Uri("http://localhost/"));
        if (header.Length > 0)
        {
            request.Headers.Add("Cookie", header);
        }

        return request;
    }

    private static void Keep(HttpResponseMessage response, CookieContainer jar)
    {
        if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var c in cookies)
            {
                jar.SetCookies(new Uri("http://localhost/"), c);
            }
        }
    }

    [Fact]
    public async Task BehindTlsCookiesAreSecureAndBrowsersAreToldToStayOnHttps()
    {
        await using var app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string> { ["https"] = "true" });
        var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost/") });
        var home = await client.GetAsync("/");
        Assert.Contains("max-age=31536000", home.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        var login = await LogInAsync(client, "editor", PledgewatchApp.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("pledgewatch=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));

        // Without the setting: no HSTS.
        Assert.False((await (await _app.ClientAsync(null)).GetAsync("/")).Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task TheLogOutButtonEndsTheSession()
    {
        var client = await _app.ClientAsync("editor");
        var page = await client.GetStringAsync("/");
        var form = System.Text.RegularExpressions.Regex.Match(page, "<form method=\"post\" action=\"/account/logout\".*?</form>", System.Text.RegularExpressions.RegexOptions.Singleline).Value;
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = PledgewatchApp.TokenIn(form) }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/moderation")).StatusCode);
        Assert.DoesNotContain("editor (editor)", await client.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesCarrySecurityHeaders()
    {
        var client = await _app.ClientAsync(null);
        var response = await client.GetAsync("/");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static MultipartFormDataContent Report(string name)
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"2026年主要预期目标：地区生产总值增长5%左右。（{name}）"));
        content.Add(file, "file", name);
        content.Add(new StringContent("武进区"), "region");
        content.Add(new StringContent("2026"), "year");
        return content;
    }

    /// <summary>Posts a page's form with its anti-forgery token (read from the page when the user may see it).</summary>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, bool allowed, HttpContent form, string? formPage = null)
    {
        var token = allowed ? await PledgewatchApp.TokenAsync(client, formPage ?? page) : await PledgewatchApp.TokenAsync(client, "/account/login");
        switch (form)
        {
            case MultipartFormDataContent multipart:
                multipart.Add(new StringContent(token), "__RequestVerificationToken");
                return await client.PostAsync(page, multipart);
            default:
                var fields = (await form.ReadAsStringAsync()).Split('&').Select(p => p.Split('=')).ToDictionary(p => Uri.UnescapeDataString(p[0]), p => Uri.UnescapeDataString(p[1].Replace('+', ' ')));
                fields["__RequestVerificationToken"] = token;
                return await client.PostAsync(page, new FormUrlEncodedContent(fields));
        }
    }
}
