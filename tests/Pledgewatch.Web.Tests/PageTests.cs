using System.Net;
using System.Text;
using Pledgewatch.Extraction;

namespace Pledgewatch.Web.Tests;

public sealed class PageTests : IAsyncLifetime
{
    private PledgewatchApp _app = null!;

    public async Task InitializeAsync() => _app = await PledgewatchApp.StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/scorecard/常州市/2024")]
    [InlineData("/scorecard/320400/2024?verdict=missed")]
    [InlineData("/documents")]
    [InlineData("/documents/1")]
    [InlineData("/conflicts")]
    [InlineData("/carryover")]
    [InlineData("/search?q=养老")]
    [InlineData("/indicators/地区生产总值")]
    [InlineData("/compare/常州市/2024")]
    [InlineData("/compare")]
    [InlineData("/regions/全国")]
    [InlineData("/regions/武进区")]
    [InlineData("/compare?parent=常州市&year=2024&sort=target&dir=desc")]
    [InlineData("/account/login")]
    public async Task PublicPagesOpenWithoutLogin(string url)
    {
        var client = await _app.ClientAsync(null);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task EachConflictSaysWhatEachDocumentStates()
    {
        var client = await _app.ClientAsync(null);
        var page = await client.GetStringAsync("/conflicts");
        var body = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
        var rows = System.Text.RegularExpressions.Regex.Matches(body, "<tr>").Count;
        Assert.True(rows > 0);
        var statements = System.Text.RegularExpressions.Regex.Matches(body, "<strong class=\"statement\">(.*?)</strong>");
        Assert.Equal(2 * rows, statements.Count);
        Assert.All(statements, m => Assert.Matches(@"\d", m.Groups[1].Value));
    }

    [Fact]
    public async Task EveryPageNamesAnIconThatIsServed()
    {
        var client = await _app.ClientAsync(null);
        var page = await client.GetStringAsync("/");
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\" />", page, StringComparison.Ordinal);
        var icon = await client.GetAsync("/favicon.svg");
        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/svg+xml", icon.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<svg", await icon.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocumentListNamesEachKindInTheReadersLanguage()
    {
        var client = await _app.ClientAsync(null);
        var chinese = await client.GetStringAsync("/documents");
        Assert.Contains(">政府工作报告摘要</td>", chinese, StringComparison.Ordinal);
        Assert.Contains(">政府工作报告</td>", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("government_work_report", chinese, StringComparison.Ordinal);

        var request = new HttpRequestMessage(HttpMethod.Get, "/documents");
        request.Headers.Add("Cookie", "lang=en");
        var english = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains(">Work report summary</td>", english, StringComparison.Ordinal);
        Assert.DoesNotContain(">政府工作报告</td>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScorecardShowsVerdictsWithEvidenceLinks()
    {
        var client = await _app.ClientAsync(null);
        var html = await client.GetStringAsync("/scorecard/常州市/2024?verdict=missed");
        Assert.Contains("整车产量", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chip missed\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"chip met\">达成</span></td>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/documents/\\d+\\?claim=\\d+#claim-\\d+\"", html);
    }

    [Fact]
    public async Task TheScorecardPagesSortsAndFiltersAndItsExportHoldsExactlyTheRowsShown()
    {
        var client = await _app.ClientAsync(null);
        var whole = await client.GetStringAsync("/scorecard/常州市/2024");
        var total = Rows(whole).Count;
        Assert.Equal(50, total);
        Assert.Contains("rel=\"next\"", whole, StringComparison.Ordinal);
        Assert.Matches("共 (\\d+) 项", whole);
        var count = int.Parse(System.Text.RegularExpressions.Regex.Match(whole, "共 (\\d+) 项").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(count > 50, $"{count} targets on the card");
        var second = Rows(await client.GetStringAsync("/scorecard/常州市/2024?p=2"));
        Assert.Equal(count - 50, second.Count);

        // Filtered by verdict and words of the indicator, sorted by indicator the other way round.
        const string choice = "verdict=met&q=城镇&sort=indicator&dir=desc";
        var page = await client.GetStringAsync($"/scorecard/常州市/2024?{choice}");
        var shown = Rows(page);
        Assert.True(shown.Count >= 2, $"{shown.Count} rows shown");
        Assert.True(shown.Count < 50);
        Assert.All(shown, r => Assert.Contains("城镇", r, StringComparison.Ordinal));
        Assert.Equal(shown.OrderByDescending(r => r, StringComparer.Ordinal), shown);
        Assert.Contains($"href=\"/api/v1/export/scorecard?region=%E5%B8%B8%E5%B7%9E%E5%B8%82&amp;year=2024&amp;lang=zh&amp;format=csv&amp;verdict=met&amp;q=%E5%9F%8E%E9%95%87&amp;sort=indicator&amp;dir=desc\"", page, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/export/scorecard?region=常州市&year=2024&lang=zh&format=csv&{choice}")).TrimStart('\uFEFF');
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("指标,口径,", lines[0], StringComparison.Ordinal);
        Assert.Equal(shown, lines.Skip(1).Select(l => l.Split(',')[0].Trim('"')).ToList());
        Assert.All(lines.Skip(1), l => Assert.Contains(",达成,", l, StringComparison.Ordinal));

        var english = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"/api/v1/export/scorecard?region=常州市&year=2024&lang=en&format=csv&{choice}"));
        Assert.Contains("Indicator,Measure,", english, StringComparison.Ordinal);
        Assert.Contains("The target asks for", english, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/scorecard/常州市/2024?sort=colour")).StatusCode);

        // By outcome either way, the targets with an outcome come first and those without (not reported) last.
        foreach (var dir in new[] { "asc", "desc" })
        {
            var verdicts = System.Text.RegularExpressions.Regex.Matches(await client.GetStringAsync($"/scorecard/常州市/2024?sort=outcome&dir={dir}"), "<tr data-verdict=\"([a-z_]+)\">")
                .Select(m => m.Groups[1].Value).ToList();
            Assert.NotEqual("not_reported", verdicts[0]);
            Assert.Equal("not_reported", verdicts[^1]);
        }
    }

    /// <summary>The indicator of each row of a scorecard page, in order.</summary>
    private static List<string> Rows(string html) => [.. System.Text.RegularExpressions.Regex
        .Matches(html, "<tr data-verdict=\"[a-z_]+\">\\s*<td data-label=\"[^\"]+\"><a href=\"/indicators/[^\"]+\" translate=\"no\">([^<]+)</a>")
        .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))];

    [Fact]
    public async Task TheCarryOverFiltersByChangeVerdictAndYearPagesAndExportsTheSameItems()
    {
        var client = await _app.ClientAsync(null);
        var all = await client.GetStringAsync("/carryover");
        var total = Count(all);
        var page = await client.GetStringAsync("/carryover?verdict=missed");
        var missed = Count(page);
        Assert.InRange(missed, 1, total - 1);
        var body = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..page.IndexOf("</tbody>", StringComparison.Ordinal)];
        Assert.Equal(System.Text.RegularExpressions.Regex.Matches(body, "<tr>").Count, System.Text.RegularExpressions.Regex.Matches(body, "class=\"chip missed\">未达成").Count);
        Assert.Contains("href=\"/api/v1/export/carryover?format=csv&amp;lang=zh&amp;verdict=missed\"", page, StringComparison.Ordinal);
        var csv = Encoding.UTF8.GetString(await client.GetByteArrayAsync("/api/v1/export/carryover?format=csv&lang=zh&verdict=missed"));
        Assert.Equal(missed, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length - 1);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/carryover?verdict=great")).StatusCode);

        static int Count(string html) => int.Parse(System.Text.RegularExpressions.Regex.Match(html, "共 (\\d+) 项").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task AfterAnUploadTheEditorSeesTheTitleTheClaimsByKindAndTheVerdictsItChanged()
    {
        var editor = await _app.ClientAsync("editor");
        var before = await editor.GetStringAsync("/scorecard/常州市/2024?q=美丽街区");
        Assert.Contains("class=\"chip not_reported\"", before, StringComparison.Ordinal);

        // A report of the next year that states two of the year's results (and a new target).
        const string report = "政府工作报告\n\n一、2024年工作回顾\n\n过去一年，全市建设绿化景观路21条、美丽街区14个。\n\n二、2025年工作安排\n\n新建美丽街区20个。\n";
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(report)), "file", "upload-2025.txt" },
            { new StringContent("常州市"), "region" },
            { new StringContent("2025"), "year" },
            { new StringContent(await PledgewatchApp.TokenAsync(editor, "/import")), "__RequestVerificationToken" },
        };
        var response = await editor.PostAsync("/import", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        // The title is the document's own, with the year and region it leaves out; not the file's name.
        Assert.Contains(">2025年常州市政府工作报告</a></h2>", page, StringComparison.Ordinal);
        Assert.Contains("目标 1 个，结果 2 个", page, StringComparison.Ordinal);
        var changes = page[page.IndexOf("<table class=\"responsive changes\">", StringComparison.Ordinal)..];
        Assert.Matches("美丽街区</a>(.|\\n)*?2024(.|\\n)*?chip not_reported(.|\\n)*?chip met", changes);
        Assert.Matches("美丽街区</a>(.|\\n)*?2025(.|\\n)*?新目标(.|\\n)*?chip pending", changes);
        Assert.Contains("class=\"chip met\"", await editor.GetStringAsync("/scorecard/常州市/2024?q=美丽街区"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheComparisonSortsByTheColumnChosenAndLinksBothSentences()
    {
        var client = await _app.ClientAsync(null);
        var html = await client.GetStringAsync("/compare?parent=常州市&year=2024");
        Assert.Contains("武进区", html, StringComparison.Ordinal);
        Assert.Contains("溧阳市", html, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"no_report\"", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/documents/\\d+\\?claim=\\d+#claim-\\d+\"", html);
        // Each heading sorts by its column; the one sorted by turns the order round.
        Assert.Contains("href=\"/compare?parent=%E5%B8%B8%E5%B7%9E%E5%B8%82&amp;year=2024&amp;sort=target&amp;dir=desc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/api/v1/compare?parent=%E5%B8%B8%E5%B7%9E%E5%B8%82&amp;year=2024&amp;format=csv&lang=zh\"", html, StringComparison.Ordinal);
        var page = await client.GetStringAsync("/compare?parent=常州市&year=2024&sort=region&dir=desc");
        var sorted = page[page.IndexOf("<tbody>", StringComparison.Ordinal)..];
        Assert.True(sorted.IndexOf("溧阳市", StringComparison.Ordinal) < sorted.IndexOf("天宁区", StringComparison.Ordinal), "溧阳市 (320481) comes before 天宁区 (320402) in descending code order");
        Assert.Contains("href=\"/compare?parent=%E5%B8%B8%E5%B7%9E%E5%B8%82&amp;year=2024&amp;dir=desc\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARegionsPageListsItsYearsWithTheirScorecardsAndTheRegionsAboveAndBelow()
    {
        var client = await _app.ClientAsync(null);
        var html = await client.GetStringAsync("/regions/常州市");
        Assert.Contains("href=\"/scorecard/320400/2024\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/scorecard/320400/2025\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/compare?parent=320400&year=2024\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/regions/320000\" translate=\"no\">江苏省</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/regions/320412\" translate=\"no\">武进区</a>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/documents/\\d+\" translate=\"no\">", html);
        // The years come newest first, each with its count of targets.
        Assert.True(html.IndexOf("/scorecard/320400/2025", StringComparison.Ordinal) < html.IndexOf("/scorecard/320400/2024", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AYearWithNoTargetSetShowsAsARowOfItsOwn()
    {
        var editor = await _app.ClientAsync("editor");
        var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("二、2032年主要预期目标\n今年不设定地区生产总值增长具体目标，城镇新增就业10万人。\n")), "file", "plan-2032.txt");
        upload.Add(new StringContent("常州市"), "region");
        upload.Add(new StringContent("2032"), "year");
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/documents", upload)).StatusCode);

        var html = await (await _app.ClientAsync(null)).GetStringAsync("/scorecard/常州市/2032");
        Assert.Contains("data-verdict=\"no_target_set\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chip no_target_set\"", html, StringComparison.Ordinal);
        Assert.Contains("不设目标", html, StringComparison.Ordinal);
        Assert.Contains("不设定地区生产总值增长具体目标", html, StringComparison.Ordinal);
        Assert.Contains("data-verdict=\"pending\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDocumentHighlightsTheChosenClaimsSentence()
    {
        var client = await _app.ClientAsync(null);
        await using var db = _app.Store.CreateContext();
        var claim = db.Claims.First(c => c.Indicator == "整车产量" && c.Kind == ClaimKind.Target);
        var html = await client.GetStringAsync($"/documents/{claim.DocumentId}?claim={claim.Id}");
        var mark = html.IndexOf($"<mark class=\"sentence\" id=\"claim-{claim.Id}\">", StringComparison.Ordinal);
        Assert.True(mark > 0);
        // The sentence, read without the number marks inside it.
        var window = System.Text.RegularExpressions.Regex.Replace(html.Substring(mark, Math.Min(600, html.Length - mark)), "<[^>]+>", "");
        Assert.Contains("力争整车产量突破100万辆", window, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/scorecard/火星区/2024", HttpStatusCode.NotFound)]
    [InlineData("/scorecard/常州市/1990", HttpStatusCode.NotFound)]
    [InlineData("/scorecard/常州市/twenty", HttpStatusCode.NotFound)]
    [InlineData("/scorecard/常州市/2024?verdict=great", HttpStatusCode.BadRequest)]
    [InlineData("/documents/99999", HttpStatusCode.NotFound)]
    [InlineData("/compare?parent=火星&year=2024", HttpStatusCode.NotFound)]
    [InlineData("/regions/火星", HttpStatusCode.NotFound)]
    [InlineData("/compare?parent=常州市&year=2024&sort=size", HttpStatusCode.BadRequest)]
    [InlineData("/documents?p=0", HttpStatusCode.BadRequest)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task BadAddressesGetAPageWithoutAStackTrace(string url, HttpStatusCode status)
    {
        var client = await _app.ClientAsync(null);
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("返回首页", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOversizedUploadIs413AndANonReportGetsAClearMessage()
    {
        var client = await _app.ClientAsync("editor");
        var huge = new MultipartFormDataContent { { new ByteArrayContent(new byte[65 * 1024 * 1024]), "file", "huge.txt" } };
        var tooLarge = await client.PostAsync("/api/v1/documents", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);

        var random = new MultipartFormDataContent { { new ByteArrayContent([.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]), "file", "photo.jpg" } };
        var notAReport = await client.PostAsync("/api/v1/documents", random);
        Assert.Equal((HttpStatusCode)422, notAReport.StatusCode);
        Assert.Contains("photo.jpg", await notAReport.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var empty = new MultipartFormDataContent { { new StringContent("region"), "region" } };
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("/api/v1/documents", empty)).StatusCode);

        var again = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("no title, no year")), "file", "x.txt" } };
        var refused = await client.PostAsync("/api/v1/documents", again);
        Assert.Equal((HttpStatusCode)422, refused.StatusCode);
        Assert.Contains("no region", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnglishIsOneClickAway()
    {
        var client = await _app.ClientAsync(null);
        var switched = await client.GetAsync("/lang/en?back=/conflicts");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var html = await client.GetStringAsync("/conflicts");
        Assert.Contains("The same fact, stated differently", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", html, StringComparison.Ordinal);
    }
}
