using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Following;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Following;

namespace Pledgewatch.Web.Tests;

/// <summary>Notices worded from their facts in the reader's language: names and sentences as written, the rest in one language.</summary>
public sealed class NoticeTextTests
{
    private static NoticeEntity Notice(string kind, NoticeFacts facts) =>
        new() { Key = "k", Topic = Topic.Region, TopicKey = "1", Kind = kind, Facts = facts.ToJson(), Link = "/", Ready = true };

    [Fact]
    public void AReportsNoticeNamesItsCountsAndEachChangedVerdict()
    {
        var notice = Notice(NoticeKind.Report, new NoticeFacts
        {
            Region = "北京市", Year = 2026, Title = "2026年北京市政府工作报告", Targets = 40, Outcomes = 120,
            Changes = [new VerdictShift("地区生产总值", "growth", 2025, "pending", "met"), new VerdictShift("城镇新增就业", "added", 2026, null, "pending")],
        });

        var zh = NoticeText.Of(notice, ReaderLanguage.Chinese);
        var en = NoticeText.Of(notice, ReaderLanguage.English);

        Assert.Equal("北京市：2026年报告已收录，40个目标、120个结果，2个判定有变化", zh.Subject);
        Assert.Contains("地区生产总值 增速 · 2025年: 待报告 → 达成", zh.Lines);
        Assert.Equal("北京市: new report for 2026 — 40 targets, 120 outcomes; 2 verdicts changed", en.Subject);
        Assert.Contains(en.Lines, l => l.StartsWith("城镇新增就业", StringComparison.Ordinal) && l.EndsWith(": new → pending", StringComparison.Ordinal));
    }

    [Fact]
    public void ASlipAndAResultAreMarkedSampleWhenTheyAre()
    {
        var slip = Notice(NoticeKind.Slip, new NoticeFacts { Title = "样例口袋公园", Milestone = "开工", Planned = new DateOnly(2025, 6, 10), Sample = true });
        var result = Notice(NoticeKind.Result, new NoticeFacts { Title = "2025年民生实事项目票决", Papers = 40, Adopted = ["样例口袋公园", "样例学校扩建"] });

        Assert.Equal("【示例】样例口袋公园：节点“开工”计划于2025-06-10完成，尚未完成", NoticeText.Of(slip, ReaderLanguage.Chinese).Subject);
        Assert.StartsWith("[sample] 样例口袋公园: milestone “开工” was due on 2025-06-10", NoticeText.Of(slip, ReaderLanguage.English).Subject, StringComparison.Ordinal);
        Assert.Equal(["40 papers counted.", "Adopted: 样例口袋公园, 样例学校扩建"], NoticeText.Of(result, ReaderLanguage.English).Lines);
    }
}
