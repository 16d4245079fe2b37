using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Projects;
using Pledgewatch.Reporting;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Tests;

/// <summary>Progress from a spreadsheet: the template, a preview naming the bad row with nothing stored, a good sheet applied to every project at once.</summary>
public sealed partial class ProgressSheetTests
{
    [Fact]
    public async Task ASheetWithOneBadRowIsRefusedWithTheRowNamedAndAGoodOneUpdatesEveryProject()
    {
        await using var app = await PledgewatchApp.StartAsync();
        Assert.True(await SampleData.SeedAsync(app.Store));
        var editor = await app.ClientAsync("editor");

        // The template: every project, its id and name filled in.
        var template = SheetReader.Read("t.xlsx", await editor.GetByteArrayAsync("/projects/progress-sheet?handler=Template&format=xlsx"));
        Assert.Equal(ProgressSheet.TemplateHeadings(english: false), template.Columns);
        var (projects, before) = await StateAsync(app);
        Assert.Equal(projects.Keys.Order(), template.Rows.Select(r => long.Parse(r.Cells[0], CultureInfo.InvariantCulture)).Order());
        var csvTemplate = Encoding.UTF8.GetString(await editor.GetByteArrayAsync("/projects/progress-sheet?handler=Template&format=csv"));
        Assert.StartsWith("\uFEFF项目编号,项目名称", csvTemplate, StringComparison.Ordinal);

        // Every project a step further, as the editor would type it; one row with 150%.
        var today = ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var wanted = projects.ToDictionary(p => p.Key, p => Math.Min(100, p.Value + 7));
        var lines = wanted.Select(p => $"{p.Key},,{p.Value},本月按计划推进,{today}").ToList();
        var bad = lines.Count; // the last row is row (count + 1)
        var badSheet = "项目编号,项目名称,进度（%）,进展情况,日期\n" + string.Join("\n", lines.SkipLast(1).Append($"{wanted.Keys.Last()},,150,本月按计划推进,{today}"));
        var refused = await UploadAsync(editor, badSheet);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("有1行不能导入", html, StringComparison.Ordinal);
        Assert.Matches($"<td data-label=\"行\">{bad + 1}</td>[\\s\\S]*?0到100", html);
        Assert.DoesNotContain("name=\"held\"", html, StringComparison.Ordinal);
        await UnchangedAsync(app, projects, before);

        // A name that is not the project's is refused too, by what the database says.
        var wrongName = await UploadAsync(editor, $"项目编号,项目名称,进度（%）,进展情况,日期\n{wanted.Keys.First()},别的项目,50,推进,{today}");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongName.StatusCode);
        Assert.Contains("不符", await wrongName.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The good sheet: a preview, then one apply for all.
        var preview = await UploadAsync(editor, "项目编号,项目名称,进度（%）,进展情况,日期\n" + string.Join("\n", lines));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        var held = HeldKey().Match(previewHtml).Groups[1].Value;
        Assert.NotEmpty(held);
        await UnchangedAsync(app, projects, before); // a preview stores nothing
        var applied = await ApplyAsync(editor, previewHtml, held);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Contains($"{wanted.Count}条进度", await applied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var (after, updates) = await StateAsync(app);
        Assert.Equal(wanted, after);
        Assert.Equal(before + wanted.Count, updates);

        // The held file is used up, and was never another editor's to apply.
        Assert.Equal(HttpStatusCode.BadRequest, (await ApplyAsync(editor, previewHtml, held)).StatusCode);
        await UnchangedAsync(app, after, updates);
    }

    [Fact]
    public async Task OnlyEditorsReachTheSheet()
    {
        await using var app = await PledgewatchApp.StartAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await (await app.ClientAsync(null)).GetAsync("/projects/progress-sheet")).StatusCode);
        var deputy = await (await app.ClientAsync("deputy")).GetAsync("/projects/progress-sheet");
        Assert.Contains("/account/denied", deputy.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("editor")).GetAsync("/projects/progress-sheet")).StatusCode);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient editor, string csv)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await PledgewatchApp.TokenAsync(editor, "/projects/progress-sheet")), "__RequestVerificationToken");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "file", "进度.csv");
        return await editor.PostAsync("/projects/progress-sheet?handler=Preview", form);
    }

    private static async Task<HttpResponseMessage> ApplyAsync(HttpClient editor, string page, string held) =>
        await editor.PostAsync("/projects/progress-sheet?handler=Apply", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["held"] = held,
            ["__RequestVerificationToken"] = PledgewatchApp.TokenIn(page),
        }));

    private static async Task UnchangedAsync(PledgewatchApp app, Dictionary<long, int> progress, int updates)
    {
        var (now, count) = await StateAsync(app);
        Assert.Equal(progress, now);
        Assert.Equal(updates, count);
    }

    /// <summary>Every project's progress, and the number of progress updates stored.</summary>
    private static async Task<(Dictionary<long, int> Progress, int Updates)> StateAsync(PledgewatchApp app)
    {
        await using var db = app.Store.CreateContext();
        return (await db.Projects.ToDictionaryAsync(p => p.Id, p => p.Progress), await db.ProgressUpdates.CountAsync());
    }

    [GeneratedRegex("name=\"held\" value=\"([0-9a-f]+)\"")]
    private static partial Regex HeldKey();
}
