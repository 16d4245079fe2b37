using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Tests;

/// <summary>
/// One language at a time: every page reachable from the home page (as an administrator, so the
/// editors' pages are walked too, with the sample projects and votes) is read in Chinese and in
/// English, and no word of the other language may stand outside what the page marks as data
/// (<c>translate="no"</c>: names, sentences and titles as the documents and the users wrote them).
/// </summary>
public sealed partial class LanguageTests : IAsyncLifetime
{
    /// <summary>Names that are the same in both languages.</summary>
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal)
    {
        "Pledgewatch", "GDP", "CPI", "PM", "API", "OpenAPI", "CSV", "xlsx", "JSON", "JSONL", "RSS", "Atom", "PDF", "Word", "HTML", "Markdown",
        "GB", "OpenStreetMap", "ECharts", "Leaflet", "English", "Excel", "km", "kg", "kW", "kWh", "TEU",
        "txt", "md", "html", "docx", "pdf", "UTF", "GBK", "GPS", "WGS", "GCJ", "BD", "JPEG", "PNG", "WebP", "MB",
    };

    private PledgewatchApp _app = null!;

    /// <summary>A follow's secret, for its page and its confirmation page.</summary>
    private string _follow = "";

    public async Task InitializeAsync()
    {
        _app = await PledgewatchApp.StartAsync();
        Assert.True(await SampleData.SeedAsync(_app.Store));
        Assert.True(await Storage.Suggestions.SuggestionSamples.SeedAsync(_app.Store, "常州市"));
        await new Storage.Following.Followers(_app.Store).FollowAsync(Storage.Following.Topic.Region, "1", "reader@example.org", "zh", "http://localhost");
        await using var db = _app.Store.CreateContext();
        _follow = db.Follows.Single().Token;
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task NoChinesePageHasAnEnglishWordOutsideData()
    {
        var faults = await WalkAsync(english: false, text => EnglishWord().Matches(text).Select(m => m.Value).Where(w => !ProperNames.Contains(w)));
        Assert.True(faults.Count == 0, Describe(faults));
    }

    [Fact]
    public async Task NoEnglishPageHasChineseOutsideData()
    {
        var faults = await WalkAsync(english: true, text => ChineseRun().Matches(text).Select(m => m.Value));
        Assert.True(faults.Count == 0, Describe(faults));
    }

    [Fact]
    public void TheCheckSeesAWordOfTheOtherLanguageAndNotData()
    {
        var page = new HtmlParser().ParseDocument("""<html><body><p>目标 target</p><p translate="no">GDP growth 增长</p><input placeholder="搜索 search"></body></html>""");
        Assert.Equal(["目标 target", "搜索 search"], Visible(page));
    }

    private static string Describe(Dictionary<string, SortedSet<string>> faults) =>
        string.Join("\n", faults.Select(f => $"{f.Key}: {string.Join(" | ", f.Value.Take(12))}"));

    /// <summary>Words of the other language per page, walking links breadth first.</summary>
    private async Task<Dictionary<string, SortedSet<string>>> WalkAsync(bool english, Func<string, IEnumerable<string>> foreign)
    {
        var client = await _app.ClientAsync("admin");
        if (english)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/lang/en")).StatusCode);
        }

        var faults = new Dictionary<string, SortedSet<string>>();
        var seenShapes = new HashSet<string>();
        // The menu's pages and those no link leads to from them (forms, a rating's pages, errors).
        var queue = new Queue<string>([
            "/", "/ballots", "/projects", "/proposals", "/import", "/admin", "/moderation", "/carryover", "/conflicts", "/compare", "/documents",
            "/search?q=就业", "/ballots/1/manage", "/ballots/2", "/ballots/2/manage", "/projects/edit", "/projects/edit/1", "/projects/1/feedback",
            "/error/404", "/account/denied", "/indicators/地区生产总值", "/regions/全国", "/scorecard/常州市/2023", "/compare/常州市/2024",
            "/projects/progress-sheet", "/suggestions", "/suggestions/1", "/suggestions/2", "/cases", "/cases/1", "/consultations", "/suggestions/statistics", "/suggestions/report", $"/follow/{_follow}", $"/follow/{_follow}/confirm", "/follow/ended", "/follow/ended?gone=true",
        ]);
        var parser = new HtmlParser();
        var walked = 0;
        while (queue.Count > 0 && walked < 400)
        {
            var path = queue.Dequeue();
            if (!seenShapes.Add(Shape(path)))
            {
                continue;
            }

            var response = await client.GetAsync(path);
            if ((int)response.StatusCode >= 500)
            {
                faults[path] = [$"HTTP {(int)response.StatusCode}"];
            }

            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }

            walked++;
            var page = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Equal(english ? "en" : "zh-CN", page.DocumentElement.GetAttribute("lang"));
            var words = Visible(page).SelectMany(foreign).ToList();
            if (words.Count > 0)
            {
                faults[path] = new SortedSet<string>(words, StringComparer.Ordinal);
            }

            foreach (var link in page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) && Walkable(link))
                {
                    queue.Enqueue(link.Split('#')[0]);
                }
            }
        }

        Assert.True(walked >= 30, $"only {walked} pages walked; " + Describe(faults));
        return faults;
    }

    /// <summary>Pages, not files, feeds, the API or actions.</summary>
    private static bool Walkable(string link) =>
        !Regex.IsMatch(link, @"^/(lang|api/v1|api/explorer|account/logout|openapi|scalar|css|js|data|lib)(/|$|\?)|\.(csv|xlsx|json|jsonl|svg|png|xml|atom|rss|txt|md|pdf|docx|html)(\?|$)|[?&]format=", RegexOptions.IgnoreCase);

    /// <summary>One page of each kind: numbers in the path and the values of the query do not make a new kind.</summary>
    private static string Shape(string path)
    {
        var parts = path.Split('?', 2);
        var route = Regex.Replace(Uri.UnescapeDataString(parts[0]), @"\d+", "#");
        // A region or an indicator in the path is a page of the same kind; keep the first few of each.
        route = Regex.Replace(route, "^/(scorecard|compare|regions|indicators)/[^/]+", m => "/" + m.Groups[1].Value + "/*");
        var query = parts.Length > 1 ? string.Join("&", parts[1].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal)) : "";
        return route + "?" + query;
    }

    /// <summary>The text a reader sees or hears on a page, outside data: text, placeholders, titles, labels, button values.</summary>
    private static List<string> Visible(IDocument page)
    {
        // An SVG tooltip names data and words together (a milestone and "reached"); it is read as a title, not checked.
        foreach (var hidden in page.QuerySelectorAll("script, style, noscript, template, [translate=no], svg title").ToList())
        {
            hidden.Remove();
        }

        var texts = new List<string>();
        var body = page.Body!;
        foreach (var node in body.Descendants().OfType<IText>())
        {
            var text = node.Data.Trim();
            if (text.Length > 0)
            {
                texts.Add(text);
            }
        }

        foreach (var element in body.QuerySelectorAll("[placeholder], [title], [aria-label], [alt], input[type=submit][value], button[value]"))
        {
            foreach (var attribute in new[] { "placeholder", "title", "aria-label", "alt" })
            {
                if (element.GetAttribute(attribute) is { Length: > 0 } value)
                {
                    texts.Add(value);
                }
            }

            if (element is { LocalName: "input" } && element.GetAttribute("type") == "submit" && element.GetAttribute("value") is { Length: > 0 } label)
            {
                texts.Add(label);
            }
        }

        return texts;
    }

    [GeneratedRegex(@"(?<![A-Za-z0-9_.-])[A-Za-z]{2,}(?![A-Za-z0-9_-])")]
    private static partial Regex EnglishWord();

    [GeneratedRegex(@"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]+")]
    private static partial Regex ChineseRun();
}
