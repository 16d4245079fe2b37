using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking.Tests;

/// <summary>Builds tracked claims from a few words: <c>Claims.Target("城镇新增就业", Measure.Added, Bound.About, 100000, "人", "10万人")</c>.</summary>
internal static class Claims
{
    private static long _id;

    public static DocumentRef Report(int year, long id = 1) => new(id, $"report-{year}.txt", null, DocumentType.GovernmentWorkReport, year, "320400");

    public static DocumentRef News(int year, long id = 9) => new(id, $"news-{year}.txt", null, DocumentType.News, year, "320400");

    public static TrackedClaim Target(string indicator, Measure measure, Bound op, double? value, string unit, string written, int year = 2024, DocumentRef? document = null, string text = "") =>
        Make(ClaimKind.Target, indicator, measure, op, value, unit, written, year, document ?? Report(year), text);

    public static TrackedClaim Outcome(string indicator, Measure measure, Bound op, double? value, string unit, string written, int year = 2024, DocumentRef? document = null, string text = "") =>
        Make(ClaimKind.Outcome, indicator, measure, op, value, unit, written, year, document ?? Report(year + 1, 2), text);

    private static TrackedClaim Make(ClaimKind kind, string indicator, Measure measure, Bound op, double? value, string unit, string written, int year, DocumentRef document, string text) =>
        new(Interlocked.Increment(ref _id), new Claim
        {
            Kind = kind,
            Year = year,
            Region = "常州市",
            Indicator = indicator,
            Measure = measure,
            Op = op,
            Value = value,
            Unit = unit,
            Text = text.Length > 0 ? text : indicator + written,
            Start = 0,
            End = written.Length,
        }, indicator, written, document);
}
