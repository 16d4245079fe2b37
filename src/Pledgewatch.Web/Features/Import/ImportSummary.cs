using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Import;

/// <summary>A verdict an import changed: the target, its year, the verdict before and after.</summary>
public sealed record VerdictChange(string Indicator, Measure Measure, int Year, long TargetId, Verdict? Before, Verdict After);

/// <summary>What an upload brought: the document, its claims by kind and the verdicts it changed.</summary>
public sealed record ImportSummary(long DocumentId, string Title, string Region, int ReportYear, int Version, int Targets, int Outcomes, IReadOnlyList<VerdictChange> Changes)
{
    /// <summary>The verdicts of a region's scorecards for the years an import of the given report year touches (its targets' year and the year it reports on).</summary>
    public static async Task<Dictionary<(string, Measure, int, string, double?), (Verdict Verdict, long Target)>> VerdictsAsync(
        Storage.Tracking.Tracker tracker, string region, int reportYear, CancellationToken ct)
    {
        var verdicts = new Dictionary<(string, Measure, int, string, double?), (Verdict, long)>();
        foreach (var year in new[] { reportYear - 1, reportYear })
        {
            if (await tracker.ScorecardAsync(region, year, ct) is { } card)
            {
                foreach (var row in card.Rows)
                {
                    verdicts.TryAdd(KeyOf(row), (row.Verdict, row.Target.Id));
                }
            }
        }

        return verdicts;
    }

    /// <summary>The verdicts that differ after the import, new targets included.</summary>
    public static IReadOnlyList<VerdictChange> Changed(
        IReadOnlyDictionary<(string, Measure, int, string, double?), (Verdict Verdict, long Target)> before,
        IReadOnlyDictionary<(string, Measure, int, string, double?), (Verdict Verdict, long Target)> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var b) || b.Verdict != a.Value.Verdict)
            .Select(a => new VerdictChange(a.Key.Item1, a.Key.Item2, a.Key.Item3, a.Value.Target, before.TryGetValue(a.Key, out var b) ? b.Verdict : null, a.Value.Verdict))
            .OrderBy(c => c.Year).ThenBy(c => c.Indicator, StringComparer.Ordinal)];

    private static (string, Measure, int, string, double?) KeyOf(Judgement row) =>
        (row.Indicator, row.Measure, row.Target.Claim.Year, ContractNames.Of(row.Target.Claim.Op), row.Target.Claim.Value);
}
