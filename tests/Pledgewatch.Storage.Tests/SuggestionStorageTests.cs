using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Geo;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tests;

/// <summary>Suggestions and citizens' cases stored on both engines: each step one transaction with its audit line, races give one result.</summary>
public sealed class SuggestionStorageTests
{
    private static readonly Actor Deputy = new("D0007", Role.Deputy);
    private static readonly Actor Office = new("congress-office", Role.Office);
    private static readonly Actor Transport = new("jtj-editor", Role.Department, "市交通运输局");

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ASuggestionGoesRoundItsLoopAndTwoRepliesAtOnceGiveOne(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 14, 2, 0, 0, TimeSpan.Zero));
        var suggestions = new DeputySuggestions(store, clock);

        var (first, _) = await suggestions.SubmitAsync(Deputy, "常州市", "关于增加学校周边停车位的建议", "放学时段拥堵", "交通", "武进区", ["D0012"]);
        var (second, _) = await suggestions.SubmitAsync(Deputy, "常州市", "关于公交线路的建议", "……", "交通", null, []);
        Assert.Equal("not-a-deputy", (await suggestions.SubmitAsync(Office, "常州市", "t", "x", null, null, [])).Refused!.Code);
        Assert.Equal("第0001号", (await suggestions.RegisterAsync(Office, first!.Value)).Get().Number);
        Assert.Equal("第0002号", (await suggestions.RegisterAsync(Office, second!.Value)).Get().Number);
        await suggestions.SuperviseAsync(Office, first.Value, "常委会副主任", key: true);
        Assert.Equal(new DateOnly(2025, 4, 14), (await suggestions.AssignAsync(Office, first.Value, "市交通运输局", [])).Get().DueOn);

        // Two editors of the department reply at the same moment: one reply is stored, the other refused.
        var replies = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => suggestions.ReplyAsync(Transport, first.Value, ReplyClass.Planned, $"答复{i}", true))));
        Assert.Single(replies, r => r.Ok);
        Assert.All(replies.Where(r => !r.Ok), r => Assert.Equal("wrong-state", r.Refused!.Code));
        Assert.Equal("not-the-deputy", (await suggestions.RateAsync(new Actor("D0012", Role.Deputy), first.Value, Satisfaction.Satisfied)).Refused!.Code);
        await suggestions.RateAsync(Deputy, first.Value, Satisfaction.Satisfied);
        await suggestions.CloseAsync(Office, first.Value);

        var stored = (await suggestions.FindAsync(first.Value))!;
        Assert.Equal((SuggestionState.Closed, 1, "常州市"), (stored.Suggestion.State, stored.Suggestion.Replies.Count, stored.Region));
        await using var db = store.CreateContext();
        Assert.Equal(["suggestion.submit", "suggestion.submit", "suggestion.register", "suggestion.register", "suggestion.supervise", "suggestion.assign", "suggestion.reply", "suggestion.rate", "suggestion.close"],
            await db.AuditLog.Where(a => a.Action.StartsWith("suggestion.")).OrderBy(a => a.Seq).Select(a => a.Action).ToListAsync());
        var row = await db.Suggestions.SingleAsync(s => s.Id == first.Value);
        Assert.Equal(("Closed", "第0001号", true, true), (row.State, row.Number, row.IsKey, row.Supervised));
        // Each step stored is told once to the suggestion's followers, with it in the same transaction; the five refused replies told nothing.
        var key = first.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var told = await db.Notices.Where(n => n.Topic == Following.Topic.Suggestion && n.TopicKey == key).OrderBy(n => n.Id).ToListAsync();
        Assert.Equal(["Registered", "Registered", "Assigned", "Replied", "Rated", "Closed"], told.Select(n => Following.NoticeFacts.FromJson(n.Facts).State));
        Assert.All(told, n => Assert.Equal(($"/suggestions/{key}", "第0001号 关于增加学校周边停车位的建议"), (n.Link, Following.NoticeFacts.FromJson(n.Facts).Title)));

        // The statistics are those of the records.
        var year = (await suggestions.StatisticsAsync()).Single(r => r.Department is null).Figures;
        Assert.Equal((2, 1, 1.0, 1), (year.Received, year.Replied, year.SatisfactionRate!.Value, year.Supervised));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ACitizenRatesOnceWithTheKeyAndTheirDetailsStayPrivate(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 3, 2, 0, 0, TimeSpan.Zero));
        var roads = new Actor("road-editor", Role.Department, "武进区城管局");
        var cases = new CitizenCases(store, [new RouteRule("市容环境", "武进区", "武进区城管局")], clock: clock);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2];

        var (receipt, _) = await cases.ReceiveAsync("常州市", CaseKind.Complaint, "市容环境", "人行道破损", "武进区", new LngLat(119.953214, 31.701987), "张某", "13800000000", [("image/png", png)]);
        Assert.NotNull(receipt);
        var c = (await cases.FindAsync(receipt.Id))!;
        Assert.Equal(("武进区城管局", new DateOnly(2025, 3, 4)), (c.Case.Department, c.Case.AcceptDue!.Value));
        Assert.Equal(new LngLat(119.953, 31.702), c.Near);
        Assert.Equal(("张某", "13800000000"), (await cases.ContactAsync(receipt.Id))!.Value);

        Assert.True((await cases.AcceptAsync(roads, receipt.Id)).Ok);
        Assert.True((await cases.AnswerAsync(roads, receipt.Id, "已修复")).Ok);
        Assert.Equal("wrong-key", (await cases.RateAsync(receipt.Id, "not-the-key", Satisfaction.Satisfied)).Refused!.Code);
        // The citizen taps twice (or two tabs): one rating.
        var ratings = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() => cases.RateAsync(receipt.Id, receipt.Key, i == 0 ? Satisfaction.Satisfied : Satisfaction.Dissatisfied))));
        Assert.Single(ratings, r => r.Ok);
        Assert.All(ratings.Where(r => !r.Ok), r => Assert.Equal("rated", r.Refused!.Code));

        await using var db = store.CreateContext();
        var row = await db.CitizenCases.SingleAsync();
        Assert.Equal("Closed", row.State);
        Assert.DoesNotContain(receipt.Key, row.KeyHash, StringComparison.Ordinal);
        // Neither the audit log nor the workflow's record names the citizen.
        Assert.DoesNotContain(await db.AuditLog.Select(a => a.Actor + " " + a.Details).ToListAsync(), l => l.Contains("张某", StringComparison.Ordinal) || l.Contains("13800000000", StringComparison.Ordinal));
        Assert.DoesNotContain("张某", row.Data, StringComparison.Ordinal);
        Assert.Equal(1, await db.Photos.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ADraftTakesCommentsInItsWindowAndShowsTheDecisions(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 5, 2, 2, 0, 0, TimeSpan.Zero));
        var drafts = new Consultations(store, clock);
        var (id, _) = await drafts.PublishAsync(Office, "常州市", "常州市养老服务条例（草案）", ["第一条", "第二条"], new DateOnly(2025, 5, 1), new DateOnly(2025, 5, 31));

        Assert.True((await drafts.CommentAsync(id!.Value, 2, "建议写明服务半径", "湖塘镇立法联系点")).Ok);
        Assert.True((await drafts.DecideAsync(Office, id.Value, 0, Adoption.Adopted, null)).Ok);
        clock.SetUtcNow(new DateTimeOffset(2025, 6, 2, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal("closed", (await drafts.CommentAsync(id.Value, 1, "晚了", null)).Refused!.Code);

        var draft = Assert.Single(await drafts.ListAsync()).Draft;
        Assert.Equal([(1, 0, 0, 0, 0), (2, 1, 1, 0, 0)], draft.Counts());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AReportsFiguresOfHandlingAreSetBesideTheRecords(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        // The 2024 report says of 2023: “办理人大议案建议220件、政协提案312件，满意率100%”.
        await new Import.DocumentImporter(store, Extraction.ExtractionPipeline.Default).ImportFilesAsync([TestPaths.CorpusFiles().First(f => f.Contains("changzhou-2024-government-work-report", StringComparison.Ordinal))]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2023, 2, 1, 2, 0, 0, TimeSpan.Zero));
        var suggestions = new DeputySuggestions(store, clock);
        for (var i = 0; i < 2; i++)
        {
            var (id, _) = await suggestions.SubmitAsync(Deputy, "常州市", $"建议{i}", "……", null, null, []);
            await suggestions.RegisterAsync(Office, id!.Value);
            await suggestions.AssignAsync(Office, id.Value, Transport.Department!, []);
            await suggestions.ReplyAsync(Transport, id.Value, ReplyClass.Solved, "已办", true);
            await suggestions.RateAsync(Deputy, id.Value, Satisfaction.Satisfied);
        }

        var checks = await suggestions.ReportedAsync(new Tracking.Tracker(store));

        Assert.Equal([(ReportedFigure.Handled, 220.0, 2.0, false), (ReportedFigure.SatisfactionRate, 100.0, 100.0, true)],
            checks.OrderBy(c => c.Check.Figure).Select(c => (c.Check.Figure, c.Check.Reported, c.Check.Computed!.Value, c.Check.Agrees!.Value)));
        Assert.All(checks, c => Assert.Equal(("常州市", 2023), (c.Region, c.Year)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task AReportsTargetsOfHandlingAreJudgedByTheRecordsInTheScorecard(string engine)
    {
        const string report = """
            常州市2024年政府工作报告（测试样例）
            2024年主要预期目标：地区生产总值增长5%左右。认真办理人大代表建议和政协提案，代表建议满意率保持在95%以上，办结率达到100%。
            """;
        var folder = Corpus.MadeUpFolder(("cz-2024-sample.txt", report, """{"file": "cz-2024-sample.txt", "region": "常州市", "report_year": 2024}"""));
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        await new Import.DocumentImporter(store, Extraction.ExtractionPipeline.Default).ImportFilesAsync([Path.Combine(folder, "cz-2024-sample.txt")]);
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var suggestions = new DeputySuggestions(store, clock);
        // Two replied on time and rated satisfied; the third never replied, its three months long past.
        for (var i = 0; i < 3; i++)
        {
            var (id, _) = await suggestions.SubmitAsync(Deputy, "常州市", $"建议{i}", "……", null, null, []);
            await suggestions.RegisterAsync(Office, id!.Value);
            await suggestions.AssignAsync(Office, id.Value, Transport.Department!, []);
            if (i < 2)
            {
                await suggestions.ReplyAsync(Transport, id.Value, ReplyClass.Solved, "已办", true);
                await suggestions.RateAsync(Deputy, id.Value, Satisfaction.Satisfied);
            }
        }

        var card = (await new Tracking.Tracker(store).ScorecardAsync("常州市", 2024))!;
        Assert.All(await suggestions.JudgeAsync("常州市", 2024, card.Rows), j => Assert.Equal(Verdict.Pending, j.Verdict));

        clock.SetUtcNow(new DateTimeOffset(2025, 2, 1, 2, 0, 0, TimeSpan.Zero));
        var judged = await suggestions.JudgeAsync("常州市", 2024, card.Rows);

        Assert.Equal([(ReportedFigure.SatisfactionRate, Verdict.Met), (ReportedFigure.OnTimeRate, Verdict.Missed)], judged.OrderBy(j => j.Figure).Select(j => (j.Figure, j.Verdict)));
        Assert.Equal([100.0, 200.0 / 3], judged.OrderBy(j => j.Figure).Select(j => j.Computed!.Value), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Empty(await suggestions.JudgeAsync("常州市", 2023, card.Rows));
    }
}
