using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Scorecard;

/// <summary>The columns a scorecard sorts by.</summary>
public enum ScorecardColumn
{
    /// <summary>As the report lists its targets.</summary>
    Report,
    Indicator,
    Target,
    Outcome,
    Verdict,
    Section,
}

/// <summary>
/// What a reader chose to see of a scorecard — filters (verdict, section, words of the indicator,
/// measure, period, document), a sort and a page — read from the address, so a link and an export
/// give the same rows as the page.
/// </summary>
public sealed record ScorecardView(
    string? Verdict = null,
    string? Section = null,
    string? Indicator = null,
    string? Measure = null,
    string? Period = null,
    long? Document = null,
    string? Sort = null,
    string? Dir = null)
{
    public const int PageSize = 50;

    public ScorecardColumn Column => Enum.TryParse<ScorecardColumn>(Sort, ignoreCase: true, out var c) ? c : ScorecardColumn.Report;

    public bool Descending => Dir == "desc";

    /// <summary>What is wrong with the choice, or null: an unknown verdict, measure, period or sort.</summary>
    public string? Problem =>
        Verdict is { Length: > 0 } && !VerdictNames.TryParse(Verdict, out _) ? $"unknown verdict {Verdict}"
        : Measure is { Length: > 0 } && !ContractNames.TryParse(Measure, out Pledgewatch.Extraction.Measure _) ? $"unknown measure {Measure}"
        : Period is { Length: > 0 } and not ("year" or "years") ? $"period is year or years, not {Period}"
        : Sort is { Length: > 0 } && !Enum.TryParse<ScorecardColumn>(Sort, ignoreCase: true, out _) ? $"cannot sort by {Sort}"
        : null;

    /// <summary>The rows chosen, in the order chosen (all of them; a page shows <see cref="PageSize"/> at a time).</summary>
    public IReadOnlyList<Judgement> Apply(Tracking.Scorecard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var rows = card.Rows.Where(r =>
            (string.IsNullOrEmpty(Verdict) || VerdictNames.Of(r.Verdict) == Verdict)
            && (string.IsNullOrEmpty(Section) || r.Target.Claim.Section == Section)
            && (string.IsNullOrEmpty(Indicator) || r.Indicator.Contains(Indicator.Trim(), StringComparison.Ordinal))
            && (string.IsNullOrEmpty(Measure) || ContractNames.Of(r.Measure) == Measure)
            && (string.IsNullOrEmpty(Period) || r.Target.Claim.IsMultiYear == (Period == "years"))
            && (Document is null || r.Target.Document.Id == Document));
        IEnumerable<Judgement> sorted = Column switch
        {
            ScorecardColumn.Indicator => Order(rows, r => r.Indicator, StringComparer.Ordinal),
            ScorecardColumn.Target => Figures(rows, r => r.Target.Claim.Value),
            ScorecardColumn.Outcome => Figures(rows, r => r.Outcome is { } o ? (double.IsInfinity(o.Low) ? o.High : o.Low) : null),
            ScorecardColumn.Verdict => Order(rows, r => (int)r.Verdict, Comparer<int>.Default),
            ScorecardColumn.Section => Order(rows, r => r.Target.Claim.Section ?? "", StringComparer.Ordinal),
            _ => Descending ? rows.Reverse() : rows,
        };
        return [.. sorted];
    }

    /// <summary>The address of this choice with some keys changed (null removes a key); the page starts again at one unless given.</summary>
    public string With(string path, params (string Key, string? Value)[] changes) => Pledgewatch.Web.Shared.QueryLinks.With(
        path,
        [("verdict", Verdict), ("section", Section), ("q", Indicator), ("measure", Measure), ("period", Period),
         ("doc", Document?.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("sort", Sort), ("dir", Dir)],
        changes);

    /// <summary>By a figure, up or down; rows without one come last either way (a staffer sorting by outcome wants the outcomes first).</summary>
    private IEnumerable<Judgement> Figures(IEnumerable<Judgement> rows, Func<Judgement, double?> figure)
    {
        var missingLast = rows.OrderBy(r => figure(r) is null);
        return Descending ? missingLast.ThenByDescending(r => figure(r)) : missingLast.ThenBy(r => figure(r));
    }

    private IEnumerable<Judgement> Order<T>(IEnumerable<Judgement> rows, Func<Judgement, T> key, IComparer<T> comparer) =>
        Descending ? rows.OrderByDescending(key, comparer) : rows.OrderBy(key, comparer);
}
