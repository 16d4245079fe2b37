using System.Globalization;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Following;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Following;

/// <summary>A notice worded for one reader: a subject line and the lines below it (names and sentences as written).</summary>
public sealed record NoticeWording(string Subject, IReadOnlyList<string> Lines)
{
    /// <summary>The lines that say something, one a line: a feed item's text, an e-mail's first part.</summary>
    public string Body => string.Join("\n", Lines.Where(l => l.Length > 0));
}

/// <summary>Words notices — feed items and e-mails — in Chinese or English from their facts.</summary>
public static class NoticeText
{
    /// <summary>The most verdict changes an e-mail or feed item lists; the rest are counted.</summary>
    public const int MaxChanges = 20;

    public static NoticeWording Of(NoticeEntity notice, ReaderLanguage language)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var facts = NoticeFacts.FromJson(notice.Facts);
        var en = language == ReaderLanguage.English;
        var sample = facts.Sample ? (en ? "[sample] " : "【示例】") : "";
        return notice.Kind switch
        {
            NoticeKind.Report => Report(facts, language),
            NoticeKind.Figures => new NoticeWording(
                en ? $"{facts.Title}: new figures in the {facts.Year} report of {facts.Region}" : $"{facts.Title}：{facts.Region} {facts.Year}年报告有新的数字",
                facts.Sentences ?? []),
            NoticeKind.Slip => new NoticeWording(
                sample + (en ? $"{facts.Title}: milestone “{facts.Milestone}” was due on {Day(facts.Planned)} and is not reached" : $"{facts.Title}：节点“{facts.Milestone}”计划于{Day(facts.Planned)}完成，尚未完成"),
                []),
            NoticeKind.Result => Result(facts, sample, en),
            NoticeKind.Step => new NoticeWording(
                sample + $"{facts.Title}{(en ? ": " : "：")}{StepState(notice.Topic, facts.State, en)}",
                facts.Department is { } department ? [(en ? "Department: " : "承办单位：") + department] : []),
            _ => new NoticeWording(notice.Kind, []),
        };
    }

    private static NoticeWording Report(NoticeFacts facts, ReaderLanguage language)
    {
        var en = language == ReaderLanguage.English;
        var changes = facts.Changes ?? [];
        var subject = en
            ? $"{facts.Region}: new report for {facts.Year} — {facts.Targets} targets, {facts.Outcomes} outcomes" + (changes.Count > 0 ? $"; {changes.Count} verdicts changed" : "")
            : $"{facts.Region}：{facts.Year}年报告已收录，{facts.Targets}个目标、{facts.Outcomes}个结果" + (changes.Count > 0 ? $"，{changes.Count}个判定有变化" : "");
        var lines = new List<string> { facts.Title ?? "" };
        foreach (var change in changes.Take(MaxChanges))
        {
            var measure = ContractNames.TryParse(change.Measure, out Measure m) ? MeasureWords.Of(m, language) : change.Measure;
            var before = change.Before is null ? (en ? "new" : "新目标") : Label(change.Before, language);
            lines.Add($"{change.Indicator} {measure} · {change.Year}{(en ? "" : "年")}: {before} → {Label(change.After, language)}");
        }

        if (changes.Count > MaxChanges)
        {
            lines.Add(en ? $"and {changes.Count - MaxChanges} more" : $"另有{changes.Count - MaxChanges}个");
        }

        return new NoticeWording(subject, lines);
    }

    private static NoticeWording Result(NoticeFacts facts, string sample, bool en)
    {
        var adopted = facts.Adopted ?? [];
        var subject = sample + (en ? $"{facts.Title}: the result is published" : $"{facts.Title}：结果已公布");
        var lines = new List<string>();
        if (facts.Papers is { } papers)
        {
            lines.Add(en ? $"{papers} papers counted." : $"共计{papers}张选票。");
        }

        if (adopted.Count > 0)
        {
            lines.Add((en ? "Adopted: " : "通过：") + string.Join(en ? ", " : "、", adopted));
        }

        return new NoticeWording(subject, lines);
    }

    /// <summary>A suggestion's or a case's state after a step, in words.</summary>
    private static string StepState(string topic, string? state, bool en) => topic switch
    {
        Topic.Suggestion when Enum.TryParse<Pledgewatch.Suggestions.SuggestionState>(state, out var s) => Suggestions.SuggestionWords.State(s, en),
        Topic.Case when Enum.TryParse<Pledgewatch.Suggestions.CaseState>(state, out var c) => Suggestions.SuggestionWords.Case(c, en),
        _ => state ?? "",
    };

    private static string Label(string verdict, ReaderLanguage language) =>
        VerdictNames.TryParse(verdict, out var v) ? VerdictNames.Label(v, language) : verdict;

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    /// <summary>What a topic is called, before its name: 地区 / region.</summary>
    public static string TopicWord(string topic, ReaderLanguage language) => (topic, language == ReaderLanguage.English) switch
    {
        (Topic.Region, false) => "地区",
        (Topic.Region, true) => "region",
        (Topic.Indicator, false) => "指标",
        (Topic.Indicator, true) => "indicator",
        (Topic.Project, false) => "项目",
        (Topic.Project, true) => "project",
        (Topic.Ballot, false) => "票决",
        (Topic.Ballot, true) => "vote",
        (Topic.Suggestion, false) => "代表建议",
        (Topic.Suggestion, true) => "suggestion",
        (Topic.Case, false) => "诉求",
        (Topic.Case, true) => "case",
        _ => topic,
    };
}
