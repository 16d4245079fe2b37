namespace Pledgewatch.Tracking;

/// <summary>Every target of one region and year with its verdict.</summary>
/// <param name="Region">The region's name.</param>
/// <param name="Year">The year the targets are for.</param>
/// <param name="OutcomeReportOut">Whether a report on the year's results is out.</param>
/// <param name="Rows">One judgement per target, in document order.</param>
public sealed record Scorecard(string Region, int Year, bool OutcomeReportOut, IReadOnlyList<Judgement> Rows)
{
    public int Count(Verdict verdict) => Rows.Count(r => r.Verdict == verdict);
}
