using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Tests;

/// <summary>Citizens' text stays text (one pass by construction: each search ahead is consumed by the jump after it).</summary>
public sealed class SanitiseTests
{
    [Theory]
    [InlineData("门口<script>alert('x')</script>路灯<b>不亮</b>", "门口路灯不亮")]
    [InlineData("<i>王</i>", "王")]
    [InlineData("&lt;script&gt;", "&lt;script&gt;")]
    [InlineData("a < b > c", "a < b > c")]
    [InlineData("价格<100元", "价格<100元")]
    [InlineData("<STYLE>body{}</style>好", "好")]
    [InlineData("没写完<script>alert(1)", "没写完")]
    [InlineData("第一行\r\n第二行\u0007", "第一行\n第二行")]
    [InlineData("<a href=x>链接</a><!-- 注释 -->", "链接")]
    [InlineData("   ", null)]
    public void KeepsWordsAndDropsTags(string text, string? expected) => Assert.Equal(expected, Sanitise.PlainText(text));
}
