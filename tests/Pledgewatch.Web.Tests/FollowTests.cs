using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Import;

namespace Pledgewatch.Web.Tests;

/// <summary>Follow and be told: a follow by e-mail confirmed, a report imported, one e-mail and one feed item; one click ends it.</summary>
public sealed partial class FollowTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task FollowingARegionThenImportingItsNextReportSendsOneEmailAndAddsOneFeedItem()
    {
        await using var sink = SmtpSink.Start();
        await using var app = await StartWithMailAsync(sink);
        await new DocumentImporter(app.Store, ExtractionPipeline.Default).ImportFilesAsync([Path.Combine(TestPaths.Series("provinces-2025-2026"), "beijing-2025-government-work-report.docx")]);
        var reader = await app.ClientAsync(null);

        // The region page offers the follow and names its feed.
        var page = await reader.GetStringAsync("/regions/110000");
        var key = KeyField().Match(page).Groups[1].Value;
        Assert.Matches("^[0-9]+$", key);
        Assert.Contains($"href=\"/feeds/region/{key}.atom\"", page, StringComparison.Ordinal);
        var feedBefore = await FeedEntriesAsync(reader, $"/feeds/region/{key}.atom");

        // A wrong address is refused; a right one gets a confirmation and nothing else.
        Assert.Equal(HttpStatusCode.BadRequest, (await FollowAsync(reader, key, "not an address")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FollowAsync(reader, key, "deputy@example.org")).StatusCode);
        var confirmation = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal("deputy@example.org", confirmation.To.Mailboxes.Single().Address);
        var confirm = new Uri(ConfirmLink().Match(confirmation.TextBody ?? "").Value).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(confirm)).StatusCode);

        // The next report, uploaded by an editor: one e-mail, one feed item, both about it.
        var editor = await app.ClientAsync("editor");
        using var upload = new MultipartFormDataContent();
        upload.Add(new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(TestPaths.Series("provinces-2025-2026"), "beijing-2026-government-work-report.txt"))), "file", "beijing-2026-government-work-report.txt");
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/documents", upload)).StatusCode);
        var mail = await sink.WaitForAsync(2);
        var notice = mail[1];
        Assert.Contains("北京市", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("2026年报告", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("判定有变化", notice.Subject, StringComparison.Ordinal);
        Assert.Contains("http://localhost/documents/", notice.TextBody ?? "", StringComparison.Ordinal);
        var unsubscribe = (notice.Headers["List-Unsubscribe"] ?? "").Trim('<', '>');
        Assert.Equal("List-Unsubscribe=One-Click", notice.Headers["List-Unsubscribe-Post"]);
        await Task.Delay(TimeSpan.FromSeconds(3)); // two more rounds of the dispatcher: nothing else is sent
        Assert.Equal(2, sink.Messages.Count);
        var feedAfter = await FeedEntriesAsync(reader, $"/feeds/region/{key}.atom");
        Assert.Equal(feedBefore.Count + 1, feedAfter.Count);
        Assert.Equal(notice.Subject, feedAfter[0].Element(Atom + "title")!.Value);
        var rss = XDocument.Parse(await reader.GetStringAsync($"/feeds/region/{key}.rss"));
        Assert.Equal(feedAfter.Count, rss.Descendants("item").Count());

        // One click from the mail program ends it: the address is gone, its page too.
        using var oneClick = new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });
        Assert.Equal(HttpStatusCode.OK, (await reader.PostAsync(new Uri(unsubscribe).PathAndQuery, oneClick)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(confirm.Replace("/confirm", "", StringComparison.Ordinal))).StatusCode);
        await using var db = app.Store.CreateContext();
        Assert.Empty(db.Follows);
    }

    [Fact]
    public async Task FollowingACaseTellsEachStepByEmailAndFeedAndNeverTheCitizensDetails()
    {
        await using var sink = SmtpSink.Start();
        await using var app = await StartWithMailAsync(sink);
        const string department = "市交通运输局";
        var cases = new Storage.Suggestions.CitizenCases(app.Store, [new Suggestions.RouteRule("道路交通", null, department)]);
        var (receipt, _) = await cases.ReceiveAsync("常州市", Suggestions.CaseKind.Complaint, "道路交通", "路口红绿灯时间过短", null, null, "张三丰", "13912345678");
        var id = receipt!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var citizen = await app.ClientAsync(null);

        // The case page offers the follow; the citizen follows it and confirms.
        var page = await citizen.GetStringAsync($"/cases/{id}");
        Assert.Contains($"href=\"/feeds/case/{id}.atom\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await FollowAsync(citizen, id, "citizen@example.org", "case")).StatusCode);
        var confirmation = Assert.Single(await sink.WaitForAsync(1));
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(new Uri(ConfirmLink().Match(confirmation.TextBody ?? "").Value).PathAndQuery)).StatusCode);

        // The department accepts and replies: two e-mails, two feed items, in order.
        var transport = new Suggestions.Actor("transport", Suggestions.Role.Department, department);
        Assert.True((await cases.AcceptAsync(transport, receipt.Id)).Ok);
        Assert.True((await cases.AnswerAsync(transport, receipt.Id, "已延长行人绿灯时间")).Ok);
        var mail = await sink.WaitForAsync(3);
        Assert.Equal([$"#{id} 道路交通：办理中", $"#{id} 道路交通：已答复"], mail.Skip(1).Select(m => m.Subject));
        var feed = await FeedEntriesAsync(citizen, $"/feeds/case/{id}.atom");
        Assert.Equal([$"#{id} 道路交通：已答复", $"#{id} 道路交通：办理中"], feed.Select(e => e.Element(Atom + "title")!.Value));
        foreach (var told in mail.Skip(1).Select(m => m.Subject + m.TextBody + m.HtmlBody).Append(await citizen.GetStringAsync($"/feeds/case/{id}.rss")))
        {
            Assert.DoesNotContain("张三丰", told, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", told, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task NothingUnknownCanBeFollowedAndAFeedOfNothingIsNotFound()
    {
        await using var app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string> { ["Mail:Folder"] = Path.Combine(Path.GetTempPath(), "pledgewatch-mail-" + Guid.NewGuid().ToString("N")) });
        var reader = await app.ClientAsync(null);

        Assert.Equal(HttpStatusCode.NotFound, (await FollowAsync(reader, "999999", "a@example.org")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/feeds/region/999999.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/feeds/planet/1.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/follow/no-such-token")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/follow/no-such-token/confirm")).StatusCode);
    }

    /// <summary>The app sending its e-mail to <paramref name="sink"/>, its dispatcher every second.</summary>
    private static Task<PledgewatchApp> StartWithMailAsync(SmtpSink sink) => PledgewatchApp.StartAsync(settings: new Dictionary<string, string>
    {
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "none",
        ["Notify:Seconds"] = "1",
    });

    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, string key, string email, string topic = "region") =>
        await client.PostAsync("/follow", new FormUrlEncodedContent(new Dictionary<string, string> { ["topic"] = topic, ["key"] = key, ["email"] = email, ["back"] = "/" }));

    private static async Task<List<XElement>> FeedEntriesAsync(HttpClient client, string feed) =>
        [.. XDocument.Parse(await client.GetStringAsync(feed)).Root!.Elements(Atom + "entry")];

    [GeneratedRegex("name=\"key\" value=\"([0-9]+)\"")]
    private static partial Regex KeyField();

    [GeneratedRegex(@"http://localhost/follow/[A-Za-z0-9_-]+/confirm")]
    private static partial Regex ConfirmLink();
}
