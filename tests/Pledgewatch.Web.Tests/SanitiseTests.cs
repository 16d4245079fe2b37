using System.Diagnostics;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Tests;

/// <summary>Citizens' text stays text, in one pass.</summary>
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

    [Theory]
    [InlineData("<a")]
    [InlineData("<script>")]
    [InlineData("<b>x</b>")]
    [InlineData("<a>")]
    public void TimeGrowsLinearlyWithTheInput(string unit)
    {
        // Twice the input costs about twice the work, not four times: the worst cases of a scanner
        // that searches ahead for a '>' from every '<'. Counted as the ratio of two runs (no clock limit).
        static long Ticks(string text)
        {
            Sanitise.PlainText(text);
            var best = long.MaxValue;
            for (var i = 0; i < 3; i++)
            {
                var watch = Stopwatch.StartNew();
                Sanitise.PlainText(text);
                best = Math.Min(best, watch.ElapsedTicks);
            }

            return best;
        }

        var small = Ticks(string.Concat(Enumerable.Repeat(unit, 100_000)));
        var large = Ticks(string.Concat(Enumerable.Repeat(unit, 400_000)));
        Assert.True(large < small * 10, $"4x the input took {(double)large / small:0.0}x the time");
    }
}
