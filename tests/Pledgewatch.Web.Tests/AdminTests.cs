using System.Net;
using System.Text;

namespace Pledgewatch.Web.Tests;

/// <summary>The administration page's region merge: a region outside the tree filed under the tree's.</summary>
public sealed class AdminTests
{
    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task AnAdministratorMergesARegionOutsideTheTreeAndAnEditorCannot(string engine)
    {
        await using var app = await PledgewatchApp.StartAsync(engine);
        var editor = await app.ClientAsync("editor");
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes("2030年主要预期目标：地区生产总值增长5%左右。\n")), "file", "plan-2030.txt" },
            { new StringContent("武进高新区"), "region" },
            { new StringContent("2030"), "year" },
        };
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsync("/api/v1/documents", upload)).StatusCode);

        var admin = await app.ClientAsync("admin");
        var page = await admin.GetStringAsync("/admin");
        Assert.Contains("<td data-label=\"名称\" translate=\"no\">武进高新区</td>", page, StringComparison.Ordinal);

        // An editor's post is sent away and changes nothing.
        var refused = await editor.PostAsync("/admin?handler=MergeRegion", Form(await PledgewatchApp.TokenAsync(editor, "/account/login")));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("武进高新区", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);

        var merged = await admin.PostAsync("/admin?handler=MergeRegion", Form(PledgewatchApp.TokenIn(page)));
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var after = await merged.Content.ReadAsStringAsync();
        Assert.Contains("武进高新区 → 320412: 1 ✓", after, StringComparison.Ordinal);
        Assert.DoesNotContain("<td data-label=\"名称\" translate=\"no\">武进高新区</td>", after, StringComparison.Ordinal);
        var scorecard = await (await app.ClientAsync(null)).GetStringAsync("/scorecard/320412/2030");
        Assert.Contains("地区生产总值增长5%左右", scorecard, StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token) => new(new Dictionary<string, string>
    {
        ["from"] = "武进高新区",
        ["into"] = "320412",
        ["__RequestVerificationToken"] = token,
    });
}
