using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Accounts;

namespace Pledgewatch.Web.Tests;

/// <summary>
/// The loops on the web, each write tried by every role: a deputy's suggestion from submission
/// through 督办 to a rated reply, a citizen's complaint from a phone to a rating with its key;
/// only the allowed succeed, and no citizen's name or phone appears anywhere public.
/// </summary>
public sealed partial class SuggestionWebTests
{
    private const string Department = "市交通运输局";
    private const string CoDepartment = "市住房城乡建设局";
    private static readonly string[] Roles = ["anonymous", "deputy", "editor", "transport", "housing", "clerk", "admin"];

    private static async Task<Dictionary<string, HttpClient>> ClientsAsync(PledgewatchApp app)
    {
        await new UserDirectory(app.Store).AddAsync("transport", UserDirectory.Editor, PledgewatchApp.Password, Department);
        await new UserDirectory(app.Store).AddAsync("housing", UserDirectory.Editor, PledgewatchApp.Password, CoDepartment);
        var clients = new Dictionary<string, HttpClient>();
        foreach (var role in Roles)
        {
            clients[role] = await app.ClientAsync(role == "anonymous" ? null : role);
        }

        return clients;
    }

    /// <summary>Posts a form from <paramref name="page"/> (its anti-forgery token) to a handler; true when it succeeded (a redirect to the item).</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        fields["__RequestVerificationToken"] = PledgewatchApp.TokenIn(html);
        return await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static bool Succeeded(HttpResponseMessage response, string path) =>
        response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString == path;

    [Fact]
    public async Task ASuggestionsStepsSucceedOnlyForTheirRoleFromSubmissionThroughSupervisionToARatedReply()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var clients = await ClientsAsync(app);

        // Only a deputy hands one in.
        foreach (var role in Roles.Where(r => r != "deputy"))
        {
            var refused = await PostAsync(clients[role], "/suggestions", "", new() { ["region"] = "常州市", ["title"] = "t", ["text"] = "x" });
            Assert.False(refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.StartsWith("/suggestions/", StringComparison.Ordinal), role);
        }

        var submitted = await PostAsync(clients["deputy"], "/suggestions", "", new() { ["region"] = "常州市", ["title"] = "关于增加学校周边停车位的建议", ["text"] = "放学时段拥堵", ["cosigners"] = "D0012、D0013" });
        var page = submitted.Headers.Location!.OriginalString;
        Assert.Matches("^/suggestions/[0-9]+$", page);

        // Each step: every other role refused first, then the allowed one succeeds.
        async Task StepAsync(string handler, Dictionary<string, string> fields, string allowed, params string[] alsoAllowed)
        {
            foreach (var role in Roles.Where(r => r != allowed && !alsoAllowed.Contains(r)))
            {
                Assert.False(Succeeded(await PostAsync(clients[role], page, handler, new(fields)), page), $"{handler} by {role}");
            }

            Assert.True(Succeeded(await PostAsync(clients[allowed], page, handler, new(fields)), page), $"{handler} by {allowed}");
        }

        await StepAsync("Register", [], "clerk", "admin");
        await StepAsync("Supervise", new() { ["supervisor"] = "常委会副主任", ["key"] = "true" }, "clerk", "admin");
        await StepAsync("Assign", new() { ["lead"] = Department, ["co"] = CoDepartment }, "clerk", "admin");
        await StepAsync("Advise", new() { ["text"] = "可结合老旧小区改造增设泊位" }, "housing");
        Assert.DoesNotContain("可结合老旧小区改造增设泊位", await clients["anonymous"].GetStringAsync(page), StringComparison.Ordinal); // not public before the reply
        Assert.Contains("可结合老旧小区改造增设泊位", await clients["transport"].GetStringAsync(page), StringComparison.Ordinal); // the lead department reads it
        await StepAsync("Reply", new() { ["class"] = "Planned", ["text"] = "已列入停车设施建设计划" }, "transport", "clerk", "admin");
        await StepAsync("Rate", new() { ["rating"] = "Satisfied" }, "deputy");
        await StepAsync("Close", [], "clerk", "admin");

        var shown = await clients["anonymous"].GetStringAsync(page);
        Assert.Contains("第0001号", shown, StringComparison.Ordinal);
        Assert.Contains("已办结", shown, StringComparison.Ordinal);
        Assert.Contains("已列入停车设施建设计划", shown, StringComparison.Ordinal);
        Assert.Contains("重点建议", shown, StringComparison.Ordinal);
        Assert.Contains("可结合老旧小区改造增设泊位", shown, StringComparison.Ordinal); // public with the public reply
        await using var db = app.Store.CreateContext();
        Assert.Equal(8, await db.AuditLog.CountAsync(a => a.Action.StartsWith("suggestion.")));
        // The statistics page and the API count it as the records say.
        var records = await new Storage.Suggestions.DeputySuggestions(app.Store).ListAsync();
        var expected = Pledgewatch.Suggestions.HandlingStatistics.Of(records.Select(s => Pledgewatch.Suggestions.HandlingStatistics.Item(s.Suggestion)), Pledgewatch.Projects.ChinaTime.Today(TimeProvider.System));
        using var api = System.Text.Json.JsonDocument.Parse(await clients["anonymous"].GetStringAsync("/api/v1/suggestions/statistics"));
        var total = api.RootElement.EnumerateArray().Single(r => r.GetProperty("department").ValueKind == System.Text.Json.JsonValueKind.Null);
        Assert.Equal(expected.Received, total.GetProperty("received").GetInt32());
        Assert.Equal(expected.SatisfactionRate, total.GetProperty("satisfaction_rate").GetDouble());
        Assert.Equal(expected.Supervised, total.GetProperty("supervised").GetInt32());
        Assert.Contains("100%", await clients["anonymous"].GetStringAsync("/suggestions/statistics"), StringComparison.Ordinal);
        var csv = await clients["anonymous"].GetStringAsync("/api/v1/suggestions?format=csv");
        Assert.Contains("第0001号,关于增加学校周边停车位的建议,deputy", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACitizensComplaintIsHandledAndRatedWithItsKeyAndTheirDetailsNeverShow()
    {
        await using var app = await PledgewatchApp.StartAsync(settings: new Dictionary<string, string>
        {
            ["Cases:Routes:0:Category"] = "道路交通",
            ["Cases:Routes:0:Department"] = Department,
        });
        var clients = await ClientsAsync(app);
        var citizen = clients["anonymous"];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(PledgewatchApp.TokenIn(await citizen.GetStringAsync("/cases"))), "__RequestVerificationToken" },
            { new StringContent("complaint"), "kind" },
            { new StringContent("常州市"), "region" },
            { new StringContent("道路交通"), "category" },
            { new StringContent("路口红绿灯时间过短，老人过不去"), "text" },
            { new StringContent("119.953214"), "lng" },
            { new StringContent("31.701987"), "lat" },
            { new StringContent("张三丰"), "name" },
            { new StringContent("13912345678"), "phone" },
        };
        form.Add(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]), "photos", "photo.png");
        var receipt = await (await citizen.PostAsync("/cases/new", form)).Content.ReadAsStringAsync();
        var id = CaseNumber().Match(receipt).Groups[1].Value;
        var key = CaseKey().Match(receipt).Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.NotEmpty(key);
        var page = $"/cases/{id}";

        async Task StepAsync(string handler, Dictionary<string, string> fields, string allowed)
        {
            foreach (var role in Roles.Where(r => r != allowed && r is not ("clerk" or "admin")))
            {
                Assert.False(Succeeded(await PostAsync(clients[role], page, handler, new(fields)), page), $"{handler} by {role}");
            }

            Assert.True(Succeeded(await PostAsync(clients[allowed], page, handler, new(fields)), page), $"{handler} by {allowed}");
        }

        await StepAsync("Accept", [], "transport");
        await StepAsync("Reply", new() { ["text"] = "已延长行人绿灯时间" }, "transport");
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(citizen, page, "Rate", new() { ["key"] = "not-the-key", ["rating"] = "Satisfied" })).StatusCode);
        Assert.True(Succeeded(await PostAsync(citizen, page, "Rate", new() { ["key"] = key, ["rating"] = "Satisfied" }), page));
        Assert.False(Succeeded(await PostAsync(citizen, page, "Rate", new() { ["key"] = key, ["rating"] = "Dissatisfied" }), page));

        // The department sees whom to call back; nobody else, nowhere public.
        Assert.Contains("13912345678", await clients["transport"].GetStringAsync(page), StringComparison.Ordinal);
        foreach (var role in new[] { "anonymous", "deputy", "editor" })
        {
            foreach (var path in new[] { page, "/cases", "/suggestions/statistics", "/suggestions/statistics?format=csv&of=cases", "/api/v1/cases", "/api/v1/cases?format=csv", "/api/v1/suggestions/statistics?of=cases" })
            {
                var body = await clients[role].GetStringAsync(path);
                Assert.DoesNotContain("张三丰", body, StringComparison.Ordinal);
                Assert.DoesNotContain("13912345678", body, StringComparison.Ordinal);
                Assert.DoesNotContain("119.953214", body, StringComparison.Ordinal);
            }
        }

        var shown = await citizen.GetStringAsync(page);
        Assert.Contains("已办结", shown, StringComparison.Ordinal);
        Assert.Contains("提交人评价：满意", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADepartmentsPageListsWhatItOwesWithTheOverdueMarked()
    {
        await using var app = await PledgewatchApp.StartAsync();
        Assert.True(await Storage.Suggestions.SuggestionSamples.SeedAsync(app.Store, "常州市"));
        var reader = await app.ClientAsync(null);

        var owed = await reader.GetStringAsync("/departments/" + Uri.EscapeDataString("样例市交通运输局"));

        Assert.Contains("样例：关于优化公交线路的建议", owed, StringComparison.Ordinal);
        Assert.Contains("超期30天以上", owed, StringComparison.Ordinal);
        Assert.Contains("道路交通", owed, StringComparison.Ordinal);
        Assert.DoesNotContain("样例：关于增加学校周边停车位的建议", owed, StringComparison.Ordinal); // closed: owes nothing
        // The same as a table: one row per item owed, with the deadline in words.
        var table = await reader.GetStringAsync("/departments/" + Uri.EscapeDataString("样例市交通运输局") + "?format=csv");
        var owedRows = Regex.Matches(owed, "<li><a href=\"/(?:suggestions|cases)/").Count;
        Assert.Equal(owedRows + 1, table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("样例：关于优化公交线路的建议", table, StringComparison.Ordinal);
        Assert.Contains("超期30天以上", table, StringComparison.Ordinal);
        // The office turns the street-light hotspot into a proposed livelihood project; nobody else can.
        var hotspotCase = Regex.Match(await reader.GetStringAsync("/cases"), "name=\"id\" value=\"([0-9]+)\"");
        Assert.False(hotspotCase.Success); // no button for the public
        var office = await app.ClientAsync("clerk");
        var id = Regex.Match(await office.GetStringAsync("/cases"), "name=\"id\" value=\"([0-9]+)\"").Groups[1].Value;
        var editor = await app.ClientAsync("editor");
        var refused = await PostAsync(editor, "/cases", "Propose", new() { ["id"] = id });
        Assert.DoesNotContain("/proposals", refused.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        var proposed = await PostAsync(office, "/cases", "Propose", new() { ["id"] = id });
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        Assert.StartsWith("/proposals?region=", proposed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using (var db = app.Store.CreateContext())
        {
            var proposal = await db.Proposals.SingleAsync();
            Assert.Equal(("市民建议", "市容环境", true), (proposal.Source, proposal.Category, proposal.IsSample));
            Assert.Contains("3件诉求", proposal.Title, StringComparison.Ordinal);
        }

        var late = await reader.GetStringAsync("/suggestions?state=late");
        Assert.Contains("样例：关于优化公交线路的建议", late, StringComparison.Ordinal);
        Assert.DoesNotContain("样例：关于建设社区食堂的建议", late, StringComparison.Ordinal);
        // Its download holds the same rows in the same order.
        var lateCsv = (await reader.GetStringAsync("/api/v1/suggestions?format=csv&state=late")).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]);
        Assert.Equal(Regex.Matches(late, "<a href=\"/suggestions/[0-9]+\" translate=\"no\">([^<]+)</a>").Select(m => m.Groups[1].Value.Trim()), lateCsv);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync("/api/v1/suggestions?state=lost")).StatusCode);
    }

    [Fact]
    public async Task TheScorecardJudgesAReportsTargetOnHandlingByTheRecords()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var folder = Directory.CreateTempSubdirectory("pledgewatch-handling-").FullName;
        var file = Path.Combine(folder, "cz-2024-sample.txt");
        await File.WriteAllTextAsync(file, "常州市2024年政府工作报告（测试样例）\n2024年主要预期目标：地区生产总值增长5%左右。认真办理人大代表建议和政协提案，代表建议满意率保持在95%以上。\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "index.json"), """[{"file": "cz-2024-sample.txt", "region": "常州市", "report_year": 2024}]""");
        await new Storage.Import.DocumentImporter(app.Store, Extraction.ExtractionPipeline.Default).ImportFilesAsync([file]);
        // One suggestion of 2024, replied and rated 不满意 twice (a second round after the first): 0% satisfied.
        var then = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var stored = new Storage.Suggestions.DeputySuggestions(app.Store, then);
        var deputy = new Suggestions.Actor("D0007", Suggestions.Role.Deputy);
        var office = new Suggestions.Actor("office", Suggestions.Role.Office);
        var department = new Suggestions.Actor("transport", Suggestions.Role.Department, Department);
        var (id, _) = await stored.SubmitAsync(deputy, "常州市", "关于公交的建议", "……", null, null, []);
        await stored.RegisterAsync(office, id!.Value);
        await stored.AssignAsync(office, id.Value, Department, []);
        for (var round = 0; round < 2; round++)
        {
            await stored.ReplyAsync(department, id.Value, Suggestions.ReplyClass.NotNow, "暂不能解决", true);
            await stored.RateAsync(deputy, id.Value, Suggestions.Satisfaction.Dissatisfied);
        }

        var page = await (await app.ClientAsync(null)).GetStringAsync("/scorecard/" + Uri.EscapeDataString("常州市") + "/2024?q=" + Uri.EscapeDataString("满意率"));

        Assert.Contains("id=\"by-records\"", page, StringComparison.Ordinal);
        var row = Regex.Match(page, "<tr[^>]*>(?:(?!</tr>).)*代表建议满意率(?:(?!</tr>).)*</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("办理记录 0%", row, StringComparison.Ordinal);
        Assert.Matches("按办理记录：(?:(?!</div>).)*未达成", row);
        // The API says the same of that row, and nothing of the others.
        using var api = System.Text.Json.JsonDocument.Parse(await (await app.ClientAsync(null)).GetStringAsync("/api/v1/scorecard?region=" + Uri.EscapeDataString("常州市") + "&year=2024"));
        var judged = api.RootElement.EnumerateArray().Where(r => r.TryGetProperty("by_records", out _)).ToList();
        var byRecords = Assert.Single(judged).GetProperty("by_records");
        Assert.Equal(("satisfaction_rate", 0.0, "missed"), (byRecords.GetProperty("figure").GetString(), byRecords.GetProperty("value").GetDouble(), byRecords.GetProperty("verdict").GetString()));
    }

    [Fact]
    public async Task TheYearsReportStatesTheFiguresOfTheRecords()
    {
        await using var app = await PledgewatchApp.StartAsync();
        Assert.True(await Storage.Suggestions.SuggestionSamples.SeedAsync(app.Store, "常州市"));
        var reader = await app.ClientAsync(null);
        var records = await new Storage.Suggestions.DeputySuggestions(app.Store).ListAsync();
        var year = records.Max(s => s.Year);
        var expected = Pledgewatch.Suggestions.HandlingStatistics.Of(records.Where(s => s.Year == year).Select(s => Pledgewatch.Suggestions.HandlingStatistics.Item(s.Suggestion)), Pledgewatch.Projects.ChinaTime.Today(TimeProvider.System));

        var page = await reader.GetStringAsync("/suggestions/report");

        Assert.Contains($"{year}年代表建议办理情况报告", page, StringComparison.Ordinal);
        Assert.Contains($"{year}年共收到代表建议{expected.Received}件，已到答复期限的{expected.Due}件中按期答复{expected.OnTime}件", page, StringComparison.Ordinal);
        Assert.Contains($"代表评价{expected.Rated}件", page, StringComparison.Ordinal);
        Assert.Contains($"常委会督办{expected.Supervised}件，其中重点建议{expected.Key}件", page, StringComparison.Ordinal);
        var supervised = Regex.Match(page, "<ul class=\"owed\" id=\"supervised\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(expected.Supervised, Regex.Matches(supervised, "<li>").Count);
        Assert.Contains("样例：关于增加学校周边停车位的建议", supervised, StringComparison.Ordinal);
        var open = Regex.Match(page, "<ul class=\"owed\" id=\"open\">(.*?)</ul>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("样例：关于优化公交线路的建议", open, StringComparison.Ordinal); // assigned, never replied
        Assert.DoesNotContain("样例：关于增加学校周边停车位的建议", open, StringComparison.Ordinal); // closed
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/suggestions/report?year=1900")).StatusCode);
    }

    [Fact]
    public async Task AnyoneCommentsOnADraftAndOnlyTheOfficeDecides()
    {
        await using var app = await PledgewatchApp.StartAsync();
        var clients = await ClientsAsync(app);
        var today = Pledgewatch.Projects.ChinaTime.Today(TimeProvider.System);
        var (id, _) = await new Storage.Suggestions.Consultations(app.Store).PublishAsync(new Pledgewatch.Suggestions.Actor("clerk", Pledgewatch.Suggestions.Role.Office), "常州市",
            "养老服务条例（草案）", ["第一条", "第二条"], today.AddDays(-1), today.AddDays(10));
        var key = id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

        foreach (var role in Roles)
        {
            var comment = await PostAsync(clients[role], "/consultations", "Comment", new() { ["id"] = key, ["article"] = "2", ["text"] = $"{role}的意见" });
            Assert.True(comment.StatusCode == HttpStatusCode.Redirect, role);
        }

        foreach (var role in Roles.Where(r => r is not ("clerk" or "admin")))
        {
            var decide = await PostAsync(clients[role], "/consultations", "Decide", new() { ["id"] = key, ["comment"] = "0", ["decision"] = "Adopted" });
            Assert.False(decide.StatusCode == HttpStatusCode.Redirect && decide.Headers.Location!.OriginalString == "/consultations", role);
        }

        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(clients["clerk"], "/consultations", "Decide", new() { ["id"] = key, ["comment"] = "1", ["decision"] = "NotAdopted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(clients["clerk"], "/consultations", "Decide", new() { ["id"] = key, ["comment"] = "0", ["decision"] = "Adopted" })).StatusCode);
        using var api = System.Text.Json.JsonDocument.Parse(await clients["anonymous"].GetStringAsync("/api/v1/consultations"));
        var draft = api.RootElement[0];
        Assert.Equal(Roles.Length, draft.GetProperty("articles")[1].GetProperty("comments").GetInt32());
        Assert.Equal("anonymous的意见", draft.GetProperty("adopted_comments").EnumerateArray().Single().GetProperty("text").GetString());
        var csv = await clients["anonymous"].GetStringAsync("/api/v1/consultations?format=csv");
        Assert.Contains($"养老服务条例（草案）,{today.AddDays(-1):yyyy-MM-dd},{today.AddDays(10):yyyy-MM-dd},2,第二条,{Roles.Length},1,0,0,False", csv, StringComparison.Ordinal);
    }

    [GeneratedRegex("<strong>([0-9]+)</strong>")]
    private static partial Regex CaseNumber();

    [GeneratedRegex("id=\"case-key\">([A-Za-z0-9_-]+)</code>")]
    private static partial Regex CaseKey();
}
