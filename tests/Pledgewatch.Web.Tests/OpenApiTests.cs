using System.Text.Json;
using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Storage.Voting;

namespace Pledgewatch.Web.Tests;

/// <summary>The OpenAPI document describes every answer of the API, and the real answers have the shapes it describes.</summary>
public sealed class OpenApiTests : IAsyncLifetime
{
    private PledgewatchApp _app = null!;
    private JsonDocument _openApi = null!;

    public async Task InitializeAsync()
    {
        _app = await PledgewatchApp.StartAsync();
        var client = await _app.ClientAsync(null);
        _openApi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
    }

    public async Task DisposeAsync()
    {
        _openApi.Dispose();
        await _app.DisposeAsync();
    }

    private JsonElement Paths => _openApi.RootElement.GetProperty("paths");

    [Fact]
    public void EveryOperationDescribesItsSuccessfulAnswer()
    {
        var operations = 0;
        var undescribed = new List<string>();
        foreach (var path in Paths.EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                operations++;
                var described = operation.Value.GetProperty("responses").EnumerateObject()
                    .Where(r => r.Name.StartsWith('2'))
                    .Any(r => r.Value.TryGetProperty("content", out var content) && content.EnumerateObject().Any(c => c.Value.TryGetProperty("schema", out _)));
                if (!described)
                {
                    undescribed.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
                }
            }
        }

        Assert.True(operations >= 20, $"the document lists {operations} operations");
        Assert.True(undescribed.Count == 0, "no response schema: " + string.Join(", ", undescribed));
    }

    [Fact]
    public async Task RealAnswersHaveTheDescribedShape()
    {
        var opens = DateTimeOffset.UtcNow.AddDays(1);
        var ballot = await new Ballots(_app.Store).CreateAsync(new BallotDraft("常州市", 2031, "样例票决（接口描述）", opens, opens.AddHours(1), IsSample: true), 1, "office");
        var project = await new ProjectRegistry(_app.Store).CreateAsync(new ProjectDraft("常州市", "武进区", 2031, ProjectDraft.Livelihood, "样例项目（接口描述）", "常有善育", "样例局", null, "新增学位300个", 1000, 1000, 400,
            [new Place("样例项目", new LngLat(119.95, 31.70))], IsSample: true), "editor");
        var client = await _app.ClientAsync(null);
        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/documents?page_size=1"));
        var document = page.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();
        using var claims = JsonDocument.Parse(await client.GetStringAsync("/api/v1/claims?region=常州市&year=2024&page_size=1"));
        var claim = claims.RootElement.GetProperty("items")[0].GetProperty("id").GetInt64();

        var checkedUrls = 0;
        foreach (var (template, url) in new[]
        {
            ("/api/v1/regions", "/api/v1/regions"),
            ("/api/v1/documents", "/api/v1/documents"),
            ("/api/v1/documents/{id}", $"/api/v1/documents/{document}"),
            ("/api/v1/claims", "/api/v1/claims?region=常州市&year=2024"),
            ("/api/v1/claims/{id}", $"/api/v1/claims/{claim}"),
            ("/api/v1/scorecard", "/api/v1/scorecard?region=常州市&year=2024"),
            ("/api/v1/conflicts", "/api/v1/conflicts"),
            ("/api/v1/carryover", "/api/v1/carryover"),
            ("/api/v1/search", "/api/v1/search?q=就业"),
            ("/api/v1/ballots", "/api/v1/ballots"),
            ("/api/v1/ballots/{id}", $"/api/v1/ballots/{ballot.Id}"),
            ("/api/v1/projects", "/api/v1/projects"),
            ("/api/v1/projects/{id}", $"/api/v1/projects/{project.Id}"),
        })
        {
            using var answer = JsonDocument.Parse(await client.GetStringAsync(url));
            var schema = Paths.GetProperty(template).GetProperty("get").GetProperty("responses").GetProperty("200")
                .GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var undescribed = new List<string>();
            Undescribed(answer.RootElement, schema, url, undescribed);
            Assert.True(undescribed.Count == 0, "not in the OpenAPI schema: " + string.Join(", ", undescribed.Distinct().Take(20)));
            checkedUrls++;
        }

        Assert.Equal(13, checkedUrls);
    }

    [Fact]
    public void AnUndescribedPropertyIsFound()
    {
        using var schema = JsonDocument.Parse("""{"type":"object","properties":{"id":{"type":"integer"},"items":{"type":"array","items":{"type":"object","properties":{"a":{}}}}}}""");
        using var answer = JsonDocument.Parse("""{"id":1,"extra":2,"items":[{"a":1,"b":2}]}""");
        var undescribed = new List<string>();

        Undescribed(answer.RootElement, schema.RootElement, "$", undescribed);

        Assert.Equal(["$.extra", "$.items[].b"], undescribed);
    }

    /// <summary>Every property of <paramref name="value"/>, at any depth, that <paramref name="schema"/> does not name.</summary>
    private void Undescribed(JsonElement value, JsonElement schema, string at, List<string> found)
    {
        var variants = Variants(schema).ToList();
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var objects = variants.Where(v => v.TryGetProperty("properties", out _)).ToList();
                if (objects.Count == 0 && variants.Any(v => v.TryGetProperty("additionalProperties", out _)))
                {
                    return;
                }

                foreach (var property in value.EnumerateObject())
                {
                    var described = objects.Select(o => o.GetProperty("properties")).Where(p => p.TryGetProperty(property.Name, out _)).ToList();
                    if (described.Count == 0)
                    {
                        found.Add($"{at}.{property.Name}");
                        continue;
                    }

                    Undescribed(property.Value, described[0].GetProperty(property.Name), $"{at}.{property.Name}", found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var items in variants.Where(v => v.TryGetProperty("items", out _)).Select(v => v.GetProperty("items")).Take(1))
                {
                    foreach (var item in value.EnumerateArray())
                    {
                        Undescribed(item, items, $"{at}[]", found);
                    }
                }

                break;
        }
    }

    /// <summary>The schema itself, what its $ref points to, and the alternatives of oneOf / anyOf / allOf.</summary>
    private IEnumerable<JsonElement> Variants(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            foreach (var v in Variants(_openApi.RootElement.GetProperty("components").GetProperty("schemas").GetProperty(name)))
            {
                yield return v;
            }

            yield break;
        }

        yield return schema;
        foreach (var keyword in new[] { "oneOf", "anyOf", "allOf" })
        {
            if (schema.TryGetProperty(keyword, out var alternatives))
            {
                foreach (var alternative in alternatives.EnumerateArray())
                {
                    foreach (var v in Variants(alternative))
                    {
                        yield return v;
                    }
                }
            }
        }
    }
}
