using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>A flat table of a report (scorecard, conflicts, carry-over, claims) for CSV, Excel and the terminal.</summary>
/// <param name="Name">The sheet name.</param>
/// <param name="Columns">Column headings.</param>
/// <param name="Rows">Cells: strings, numbers or null.</param>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public static ReportTable Of(Scorecard scorecard)
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
                VerdictNames.Label(r.Verdict),
                r.Reason,
                string.Join("；", r.Outcomes.Select(e => e.Claim.Derived is null
                    ? $"{ContractNames.Of(e.Claim.Claim.Op)}{Amounts.ForPeople(e.Claim.Claim.Value)}{e.Claim.Claim.Unit}"
                    : $"推算{Amounts.ForPeople(e.Interval, e.Claim.Claim.Unit)}")),
                Flat(r.Target.Claim.Text),
                r.Target.Document.Name,
                r.Target.Claim.Start,
                string.Join("｜", r.Outcomes.Where(e => e.Claim.Derived is null).Select(e => Flat(e.Claim.Claim.Text))),
                string.Join("｜", r.Outcomes.Where(e => e.Claim.Derived is null).Select(e => $"{e.Claim.Document.Name}:{e.Claim.Claim.Start}")),
            })]);
    }

    /// <summary>A comparison's rows in the order given (the order the reader chose), one region per row.</summary>
    public static ReportTable Of(Comparison comparison, IEnumerable<ComparisonRow> rows)
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
                r.Judgement?.Outcome is { } o ? Amounts.ForPeople(o, r.Judgement.Target.Claim.Unit) : null,
                r.Status,
                r.Judgement is { } l ? VerdictNames.Label(l.Verdict) : r.HasTargets ? "未提出该项目标" : "未读到当年报告",
                r.Judgement?.Reason,
                r.Judgement is null ? null : Flat(r.Judgement.Target.Claim.Text),
                r.Judgement?.Target.Document.Name,
                r.Judgement?.Target.Claim.Start,
                r.Judgement is null ? null : string.Join("｜", r.Judgement.Outcomes.Where(e => e.Claim.Derived is null).Select(e => Flat(e.Claim.Claim.Text))),
                r.Judgement is null ? null : string.Join("｜", r.Judgement.Outcomes.Where(e => e.Claim.Derived is null).Select(e => $"{e.Claim.Document.Name}:{e.Claim.Claim.Start}")),
            })]);
    }

    public static ReportTable Of(IEnumerable<(string Region, Conflict Item)> conflicts) => new(
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
            x.Item.Reason,
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

    public static ReportTable Of(IEnumerable<(string Region, int Year, CarryOver Item)> items) => new(
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
            x.Item.Reason,
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
}
