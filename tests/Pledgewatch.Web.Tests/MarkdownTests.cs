using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Tests;

/// <summary>A Markdown document is shown rendered, with the claims' marks still on the original offsets.</summary>
public sealed class MarkdownTests
{
    private const string Text = "# 2024年政府工作报告\n\n## 一、主要目标\n\n- 地区生产总值增长**5.5%**左右；\n- PM<sub>2.5</sub>平均浓度控制在30微克/立方米以内。\n\n<script>alert(1)</script>";

    [Fact]
    public void HeadingsListsEmphasisAndSubscriptsAreRenderedWithTheMarksInThem()
    {
        var number = Text.IndexOf("5.5%", StringComparison.Ordinal);
        var fine = Text.IndexOf("30微克", StringComparison.Ordinal);
        var html = Highlighter.Render(Text, [new(7, number, number + 4, true, "目标"), new(8, fine, fine + 4, true, "目标")], null, markdown: true);
        Assert.Contains("<h1>2024年政府工作报告</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>一、主要目标</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>", html, StringComparison.Ordinal);
        Assert.Contains("PM<sub>2.5</sub>", html, StringComparison.Ordinal);
        Assert.Contains("<strong><a class=\"claim\" href=\"/claims/7\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"number target\">5.5%</mark></a></strong>", html, StringComparison.Ordinal);
        Assert.Contains("<mark class=\"number target\">30微克</mark>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("##", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheChosenSentenceIsMarkedInsideItsListItemAndTheLinesMarkdownStaysAtItsHead()
    {
        var number = Text.IndexOf("5.5%", StringComparison.Ordinal);
        var html = Highlighter.Render(Text, [new(7, number, number + 4, true, "目标")], (7, number, number + 4, "地区生产总值增长**5.5%**左右"), markdown: true);
        Assert.Contains("<li><mark class=\"sentence\" id=\"claim-7\">地区生产总值增长<strong>", html, StringComparison.Ordinal);
        Assert.Contains("左右</mark>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainTextStaysAsWritten()
    {
        var html = Highlighter.Render("## 不是标题\n<b>", [], null);
        Assert.Equal("## 不是标题\n&lt;b&gt;", html);
    }
}
