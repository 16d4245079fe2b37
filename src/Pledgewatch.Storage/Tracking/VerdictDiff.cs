using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Tracking;

/// <summary>A verdict a change of the stored reports changed: the target, its year, the verdict before (none for a new target) and after.</summary>
public sealed record VerdictChange(string Indicator, Measure Measure, int Year, long TargetId, Verdict? Before, Verdict After);

/// <summary>
/// The verdicts of a region's scorecards for the years a report of one report year touches (the
/// year it reports on and the year of its targets), taken before and after it is stored.
/// </summary>
public sealed class VerdictDiff
{
    private readonly Dictionary<(string, Measure, int, string, double?), (Verdict Verdict, long Target)> _verdicts;

    private VerdictDiff(Dictionary<(string, Measure, int, string, double?), (Verdict, long)> verdicts) => _verdicts = verdicts;

    /// <summary>The verdicts now of <paramref name="region"/> (a code or a name) for the years report year <paramref name="reportYear"/> touches.</summary>
    public static async Task<VerdictDiff> TakeAsync(Tracker tracker, string region, int reportYear, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
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

        return new VerdictDiff(verdicts);
    }

    /// <summary>The verdicts that differ in <paramref name="after"/>, new targets included, by year and indicator.</summary>
    public IReadOnlyList<VerdictChange> ChangesTo(VerdictDiff after)
    {
        ArgumentNullException.ThrowIfNull(after);
        return [.. after._verdicts.Where(a => !_verdicts.TryGetValue(a.Key, out var b) || b.Verdict != a.Value.Verdict)
            .Select(a => new VerdictChange(a.Key.Item1, a.Key.Item2, a.Key.Item3, a.Value.Target, _verdicts.TryGetValue(a.Key, out var b) ? b.Verdict : null, a.Value.Verdict))
            .OrderBy(c => c.Year).ThenBy(c => c.Indicator, StringComparer.Ordinal)];
    }

    private static (string, Measure, int, string, double?) KeyOf(Judgement row) =>
        (row.Indicator, row.Measure, row.Target.Claim.Year, ContractNames.Of(row.Target.Claim.Op), row.Target.Claim.Value);
}
