using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pledgewatch.Extraction;

namespace Pledgewatch.Web.Tests;

public sealed class ApiTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TheScorecardIsTheCommandLinesJsonByNameOrCode(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var client = await app.ClientAsync(null);
        using var byName = JsonDocument.Parse(await client.GetStringAsync("/api/v1/scorecard?region=常州市&year=2024"));
        using var byCode = JsonDocument.Parse(await client.GetStringAsync("/api/v1/scorecard?region=320400&year=2024"));
        Assert.Equal(byName.RootElement.GetRawText(), byCode.RootElement.GetRawText());
        var cars = Assert.Single(byName.RootElement.EnumerateArray(), r => r.GetProperty("indicator").GetString() == "整车产量");
        Assert.Equal("missed", cars.GetProperty("verdict").GetString());
        Assert.Equal("target", cars.GetProperty("target").GetProperty("kind").GetString());
        Assert.Equal(800000, cars.GetProperty("outcomes")[0].GetProperty("value").GetDouble());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task TheComparisonListsEveryDistrictAndItsExportKeepsTheOrderChosen(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var client = await app.ClientAsync(null);
        using var compare = JsonDocument.Parse(await client.GetStringAsync("/api/v1/compare?parent=320400&year=2024&sort=verdict&dir=desc"));
        var root = compare.RootElement;
        Assert.Equal(("常州市", 2024), (root.GetProperty("parent").GetString(), root.GetProperty("year").GetInt32()));
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        // Every district and county-level city of the tree is a row, with a report or without.
        Assert.Contains(rows, r => r.GetProperty("region").GetString() == "武进区" && r.GetProperty("has_targets").GetBoolean());
        Assert.Contains(rows, r => r.GetProperty("region").GetString() == "溧阳市" && !r.GetProperty("has_targets").GetBoolean());
        Assert.All(rows, r => Assert.StartsWith("3204", r.GetProperty("region_code").GetString(), StringComparison.Ordinal));
        var indicator = root.GetProperty("indicator").GetString()!;
        Assert.Contains(root.GetProperty("indicators").EnumerateArray(), c => c.GetProperty("indicator").GetString() == indicator);
        var judged = rows.Where(r => r.GetProperty("judgement").ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(judged);
        Assert.All(judged, r => Assert.Equal(indicator, r.GetProperty("judgement").GetProperty("indicator").GetString()));

        var csv = await client.GetStringAsync("/api/v1/compare?parent=320400&year=2024&sort=verdict&dir=desc&format=csv");
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("region,region_code,year,indicator", lines[0], StringComparison.Ordinal);
        Assert.Equal(rows.Select(r => r.GetProperty("region").GetString()), lines.Skip(1).Select(l => l.Split(',')[0]));
        var xlsx = await client.GetAsync("/api/v1/compare?parent=320400&year=2024&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ListsArePagedAndFiltered(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var client = await app.ClientAsync(null);
        using var regions = JsonDocument.Parse(await client.GetStringAsync("/api/v1/regions"));
        Assert.Contains(regions.RootElement.EnumerateArray(), r => r.GetProperty("code").GetString() == "320412" && r.GetProperty("documents").GetInt32() == 1);

        using var documents = JsonDocument.Parse(await client.GetStringAsync("/api/v1/documents?page_size=2"));
        Assert.Equal(5, documents.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(2, documents.RootElement.GetProperty("items").GetArrayLength());

        using var targets = JsonDocument.Parse(await client.GetStringAsync("/api/v1/claims?region=常州市&year=2024&kind=target&page_size=500"));
        var items = targets.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, c => Assert.Equal(("target", 2024), (c.GetProperty("kind").GetString(), c.GetProperty("year").GetInt32())));
        Assert.Equal(targets.RootElement.GetProperty("total").GetInt32(), items.Count);

        using var missed = JsonDocument.Parse(await client.GetStringAsync("/api/v1/claims?region=常州市&year=2024&verdict=missed"));
        Assert.Contains(missed.RootElement.GetProperty("items").EnumerateArray(), c => c.GetProperty("indicator").GetString() == "整车产量");

        using var gdp = JsonDocument.Parse(await client.GetStringAsync("/api/v1/claims?indicator=GDP&region=320400&year=2023"));
        Assert.All(gdp.RootElement.GetProperty("items").EnumerateArray(), c => Assert.Equal("地区生产总值", c.GetProperty("indicator").GetString()));
        Assert.NotEqual(0, gdp.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task SearchFindsTwoCharacterWords(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var client = await app.ClientAsync(null);
        using var result = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=充电"));
        Assert.NotEmpty(result.RootElement.GetProperty("documents").EnumerateArray());
        Assert.All(result.RootElement.GetProperty("documents").EnumerateArray(), d => Assert.Contains("充电", d.GetProperty("snippet").GetString()));
        Assert.Contains(result.RootElement.GetProperty("claims").GetProperty("items").EnumerateArray(), c => c.GetProperty("text").GetString()!.Contains("充电", StringComparison.Ordinal));
        using var elderly = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=养老"));
        Assert.NotEmpty(elderly.RootElement.GetProperty("documents").EnumerateArray());
    }

    [Theory]
    [InlineData("/api/v1/scorecard?region=火星区&year=2024", HttpStatusCode.NotFound, "火星区")]
    [InlineData("/api/v1/scorecard?region=常州市&year=1990", HttpStatusCode.NotFound, "1990")]
    [InlineData("/api/v1/scorecard?region=常州市&year=twenty", HttpStatusCode.BadRequest, "")]
    [InlineData("/api/v1/scorecard", HttpStatusCode.BadRequest, "required")]
    [InlineData("/api/v1/compare?year=2024", HttpStatusCode.BadRequest, "parent")]
    [InlineData("/api/v1/compare?parent=常州市&year=2024&sort=size", HttpStatusCode.BadRequest, "sort")]
    [InlineData("/api/v1/compare?parent=常州市&year=2024&measure=speed", HttpStatusCode.BadRequest, "measure")]
    [InlineData("/api/v1/compare?parent=常州市&year=2024&format=pdf", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/v1/compare?parent=火星&year=2024", HttpStatusCode.NotFound, "火星")]
    [InlineData("/api/v1/claims?page=0", HttpStatusCode.BadRequest, "page")]
    [InlineData("/api/v1/claims?page_size=100000", HttpStatusCode.BadRequest, "page_size")]
    [InlineData("/api/v1/claims?kind=promise", HttpStatusCode.BadRequest, "kind")]
    [InlineData("/api/v1/claims?verdict=great&region=常州市&year=2024", HttpStatusCode.BadRequest, "verdict")]
    [InlineData("/api/v1/claims/999999", HttpStatusCode.NotFound, "999999")]
    [InlineData("/api/v1/documents/999999", HttpStatusCode.NotFound, "999999")]
    [InlineData("/api/v1/search?q=", HttpStatusCode.BadRequest, "q")]
    [InlineData("/api/v1/nothing-here", HttpStatusCode.NotFound, "")]
    public async Task BadRequestsGetProblemDetails(string url, HttpStatusCode status, string detail)
    {
        await using var app = await PledgewatchApp.StartAsync();
        var client = await app.ClientAsync(null);
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var client = await app.ClientAsync(null);
        using var openapi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = openapi.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/regions", "/api/v1/documents", "/api/v1/claims", "/api/v1/scorecard", "/api/v1/compare", "/api/v1/conflicts", "/api/v1/search" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var page = await client.GetAsync("/api/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        // Every path of the OpenAPI document is on the site's own page of it.
        foreach (var path in paths.EnumerateObject().Select(p => p.Name).Where(p => p.StartsWith("/api/v1/", StringComparison.Ordinal)))
        {
            Assert.Contains($"<code translate=\"no\">{path}</code>", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/explorer/")).StatusCode);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ExportsAreCsvWithABomAndRealExcel(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var client = await app.ClientAsync(null);
        var csv = await client.GetByteArrayAsync("/api/v1/export/scorecard?region=常州市&year=2024&format=csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains("整车产量", System.Text.Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        var xlsx = await client.GetAsync("/api/v1/export/claims?format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var bytes = await xlsx.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task CsvExportsNeutraliseFormulas()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var editor = await app.ClientAsync("editor");

        // A file named like a formula, and a claim whose indicator an editor corrected to one.
        var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes("2031年主要预期目标：地区生产总值增长5%左右。")), "file", "@SUM(1+1)*cmd.txt");
        upload.Add(new StringContent("武进区"), "region");
        upload.Add(new StringContent("2031"), "year");
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/documents", upload)).StatusCode);
        long claim;
        await using (var db = app.Store.CreateContext())
        {
            claim = db.Claims.OrderBy(c => c.Id).First().Id;
        }

        const string formula = "=HYPERLINK(\"http://evil.example\",\"点击\")";
        Assert.Equal(HttpStatusCode.OK, (await editor.PostAsJsonAsync($"/api/v1/claims/{claim}/corrections", new { indicator = formula })).StatusCode);

        var csv = System.Text.Encoding.UTF8.GetString(await editor.GetByteArrayAsync("/api/v1/export/claims?format=csv"));
        var cells = csv.Split('\n').SelectMany(line => line.Split(',')).Select(c => c.Trim('"', '\r')).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && c[0] is '=' or '@' or '+');
        Assert.Contains("'=HYPERLINK(", csv, StringComparison.Ordinal);
        Assert.Contains("'@SUM(1+1)*cmd.txt", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task ACorrectionIsSeenAtOnceDespiteTheCache(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var visitor = await app.ClientAsync(null);
        string VerdictOf(JsonDocument card, string indicator) =>
            card.RootElement.EnumerateArray().Single(r => r.GetProperty("indicator").GetString() == indicator).GetProperty("verdict").GetString()!;
        using (var before = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/scorecard?region=常州市&year=2024")))
        {
            Assert.Equal("met", VerdictOf(before, "城镇新增就业"));
        }

        // An editor reads the result as 9万 instead of 10.4万: the target of 10万 is then missed.
        await using var db = app.Store.CreateContext();
        var outcomes = db.Claims.Where(c => c.Indicator == "城镇新增就业" && c.Kind == ClaimKind.Outcome && c.Year == 2024).Select(c => c.Id).ToList();
        Assert.NotEmpty(outcomes);
        var editor = await app.ClientAsync("editor");
        foreach (var claim in outcomes)
        {
            var corrected = await editor.PostAsJsonAsync($"/api/v1/claims/{claim}/corrections", new { value = 90000.0 });
            Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        }

        using var after = JsonDocument.Parse(await visitor.GetStringAsync("/api/v1/scorecard?region=常州市&year=2024"));
        Assert.Equal("missed", VerdictOf(after, "城镇新增就业"));
    }
}
