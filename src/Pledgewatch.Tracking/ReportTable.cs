using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>A flat table of a report (scorecard, conflicts, carry-over, claims) for CSV, Excel and the terminal.</summary>
/// <param name="Name">The sheet name.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Cells: strings, numbers or null.</param>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public static ReportTable Of(Scorecard scorecard, ReaderLanguage language = ReaderLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return new ReportTable(
            $"{scorecard.Region}{scorecard.Year}",
            ["indicator", "measure", "target_op", "target_value", "unit", "verdict", "verdict_label", "reason", "outcomes", "target_text", "target_doc", "target_start", "outcome_texts", "outcome_docs"],
            [.. scorecard.Rows.Select(r => new object?[]
            {
                r.Indicator,
                ContractNames.Of(r.Measure),
                ContractNames.Of(r.Target.Claim.Op),
                r.Target.Claim.Value,
                r.Target.Claim.Unit,
                VerdictNames.Of(r.Verdict),
                VerdictNames.Label(r.Verdict, language),
                r.Why.Words(language).ToString(),
                string.Join("；", r.Outcomes.Select(e => e.Claim.Derived is null
                    ? $"{ContractNames.Of(e.Claim.Claim.Op)}{Amounts.ForPeople(e.Claim.Claim.Value, language)}{UnitNames.After(e.Claim.Claim.Unit, language) ?? e.Claim.Claim.Unit}"
                    : new Phrase().Say(language == ReaderLanguage.Chinese ? "推算" : "derived ").Say(e.Interval, e.Claim.Claim.Unit, language).ToString())),
                Flat(r.Target.Claim.Text),
                r.Target.Document.Name,
                r.Target.Claim.Start,
                string.Join("｜", r.Outcomes.Where(e => e.Claim.Derived is null).Select(e => Flat(e.Claim.Claim.Text))),
                string.Join("｜", r.Outcomes.Where(e => e.Claim.Derived is null).Select(e => $"{e.Claim.Document.Name}:{e.Claim.Claim.Start}")),
            })]);
    }

    /// <summary>A comparison's rows in the order given (the order the reader chose), one region per row.</summary>
    public static ReportTable Of(Comparison comparison, IEnumerable<ComparisonRow> rows, ReaderLanguage language = ReaderLanguage.Chinese)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(rows);
        return new ReportTable(
            $"{comparison.Parent}{comparison.Year}",
            ["region", "region_code", "year", "indicator", "measure", "target_op", "target_value", "unit", "outcome_interval", "verdict", "verdict_label", "reason", "target_text", "target_doc", "target_start", "outcome_texts", "outcome_docs"],
            [.. rows.Select(r => new object?[]
            {
                r.Region,
                r.Code,
                comparison.Year,
                comparison.Indicator?.Indicator,
                comparison.Indicator is { } i ? ContractNames.Of(i.Measure) : null,
                r.Judgement is { } j ? ContractNames.Of(j.Target.Claim.Op) : null,
                r.Judgement?.Target.Claim.Value,
                r.Judgement?.Target.Claim.Unit,
                r.Judgement?.Outcome is { } o ? new Phrase().Say(o, r.Judgement.Target.Claim.Unit, language).ToString() : null,
                r.Status,
                r.Judgement is { } l ? VerdictNames.Label(l.Verdict, language)
                    : language == ReaderLanguage.English ? (r.HasTargets ? "no such target" : "no report read")
                    : r.HasTargets ? "未提出该项目标" : "未读到当年报告",
                r.Judgement?.Why.Words(language).ToString(),
                r.Judgement is null ? null : Flat(r.Judgement.Target.Claim.Text),
                r.Judgement?.Target.Document.Name,
                r.Judgement?.Target.Claim.Start,
                r.Judgement is null ? null : string.Join("｜", r.Judgement.Outcomes.Where(e => e.Claim.Derived is null).Select(e => Flat(e.Claim.Claim.Text))),
                r.Judgement is null ? null : string.Join("｜", r.Judgement.Outcomes.Where(e => e.Claim.Derived is null).Select(e => $"{e.Claim.Document.Name}:{e.Claim.Claim.Start}")),
            })]);
    }

    public static ReportTable Of(IEnumerable<(string Region, Conflict Item)> conflicts, ReaderLanguage language = ReaderLanguage.Chinese) => new(
        "conflicts",
        ["region", "year", "kind", "indicator", "measure", "contradicts", "reason", "first_doc", "first_op", "first_value", "first_text", "second_doc", "second_op", "second_value", "second_text", "unit"],
        [.. conflicts.Select(x => new object?[]
        {
            x.Region,
            x.Item.First.Claim.Year,
            ContractNames.Of(x.Item.First.Claim.Kind),
            x.Item.First.Indicator,
            ContractNames.Of(x.Item.First.Claim.Measure),
            x.Item.Contradicts ? "yes" : "no",
            x.Item.Words(language).ToString(),
            x.Item.First.Document.Name,
            ContractNames.Of(x.Item.First.Claim.Op),
            x.Item.First.Claim.Value,
            Flat(x.Item.First.Claim.Text),
            x.Item.Second.Document.Name,
            ContractNames.Of(x.Item.Second.Claim.Op),
            x.Item.Second.Claim.Value,
            Flat(x.Item.Second.Claim.Text),
            x.Item.First.Claim.Unit,
        })]);

    public static ReportTable Of(IEnumerable<(string Region, int Year, CarryOver Item)> items, ReaderLanguage language = ReaderLanguage.Chinese) => new(
        "carryover",
        ["region", "year", "kind", "indicator", "measure", "verdict", "reason", "before_op", "before_value", "before_text", "after_op", "after_value", "after_text", "unit"],
        [.. items.Select(x => new object?[]
        {
            x.Region,
            x.Year,
            CarryOver.NameOf(x.Item.Kind),
            x.Item.Before.Indicator,
            ContractNames.Of(x.Item.Before.Measure),
            VerdictNames.Of(x.Item.Before.Verdict),
            x.Item.Words(language).ToString(),
            ContractNames.Of(x.Item.Before.Target.Claim.Op),
            x.Item.Before.Target.Claim.Value,
            Flat(x.Item.Before.Target.Claim.Text),
            x.Item.After is null ? null : ContractNames.Of(x.Item.After.Claim.Op),
            x.Item.After?.Claim.Value,
            x.Item.After is null ? null : Flat(x.Item.After.Claim.Text),
            x.Item.Before.Target.Claim.Unit,
        })]);

    public static ReportTable Of(IEnumerable<TrackedClaim> claims) => new(
        "claims",
        ["id", "doc", "kind", "year", "region", "indicator", "indicator_as_written", "measure", "op", "value", "unit", "text", "start", "end", "aspirational", "version"],
        [.. claims.Select(c => new object?[]
        {
            c.Id,
            c.Document.Name,
            ContractNames.Of(c.Claim.Kind),
            c.Claim.Year,
            c.Claim.Region,
            c.Indicator,
            c.Claim.Indicator,
            ContractNames.Of(c.Claim.Measure),
            ContractNames.Of(c.Claim.Op),
            c.Claim.Value,
            c.Claim.Unit,
            Flat(c.Claim.Text),
            c.Claim.Start,
            c.Claim.End,
            c.Claim.Aspirational ? "yes" : "no",
            c.Version,
        })]);

    private static string Flat(string text) => text.ReplaceLineEndings(" ");

    /// <summary>The table with its headings in words for people in the given language (指标, Indicator) instead of the column keys.</summary>
    public ReportTable ForPeople(ReaderLanguage language) =>
        this with { Columns = [.. Columns.Select(c => Headings.TryGetValue(c, out var h) ? (language == ReaderLanguage.Chinese ? h.Chinese : h.English) : c)] };

    private static readonly Dictionary<string, (string Chinese, string English)> Headings = new(StringComparer.Ordinal)
    {
        ["indicator"] = ("指标", "Indicator"), ["indicator_as_written"] = ("原文指标", "Indicator as written"), ["measure"] = ("口径", "Measure"),
        ["target_op"] = ("目标界限", "Target bound"), ["target_value"] = ("目标数值", "Target value"), ["unit"] = ("单位", "Unit"),
        ["verdict"] = ("判定代码", "Verdict code"), ["verdict_label"] = ("判定", "Verdict"), ["reason"] = ("理由", "Reason"),
        ["outcomes"] = ("结果", "Outcomes"), ["target_text"] = ("目标原文", "Target as written"), ["target_doc"] = ("目标出处", "Target's document"),
        ["target_start"] = ("目标位置", "Target's offset"), ["outcome_texts"] = ("结果原文", "Outcomes as written"), ["outcome_docs"] = ("结果出处", "Outcomes' documents"),
        ["region"] = ("地区", "Region"), ["region_code"] = ("地区代码", "Region code"), ["year"] = ("年度", "Year"), ["outcome_interval"] = ("结果区间", "Outcome interval"),
        ["kind"] = ("类型", "Kind"), ["contradicts"] = ("矛盾", "Contradicts"), ["first_doc"] = ("说法一出处", "First document"), ["first_op"] = ("说法一界限", "First bound"),
        ["first_value"] = ("说法一数值", "First value"), ["first_text"] = ("说法一原文", "First as written"), ["second_doc"] = ("说法二出处", "Second document"),
        ["second_op"] = ("说法二界限", "Second bound"), ["second_value"] = ("说法二数值", "Second value"), ["second_text"] = ("说法二原文", "Second as written"),
        ["before_op"] = ("上年界限", "Bound before"), ["before_value"] = ("上年数值", "Value before"), ["before_text"] = ("上年原文", "Before as written"),
        ["after_op"] = ("下年界限", "Bound after"), ["after_value"] = ("下年数值", "Value after"), ["after_text"] = ("下年原文", "After as written"),
        ["id"] = ("编号", "Id"), ["doc"] = ("文件", "Document"), ["region_name"] = ("地区", "Region"), ["op"] = ("界限", "Bound"), ["value"] = ("数值", "Value"),
        ["text"] = ("原文", "As written"), ["start"] = ("起", "Start"), ["end"] = ("止", "End"), ["aspirational"] = ("力争", "Aspirational"), ["version"] = ("版本", "Version"),
    };
}
