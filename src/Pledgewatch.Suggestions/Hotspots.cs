using Pledgewatch.Geo;
using Pledgewatch.Projects;

namespace Pledgewatch.Suggestions;

/// <summary>A case as the hotspot search sees it: its id, category, place and day.</summary>
public sealed record CasePoint(long Id, string Category, LngLat At, DateOnly On);

/// <summary>Cases of one category close in place and time: one need, called in many times.</summary>
public sealed record Hotspot(string Category, IReadOnlyList<CasePoint> Cases)
{
    /// <summary>The middle of its cases.</summary>
    public LngLat Centre => new(Cases.Average(c => c.At.Lng), Cases.Average(c => c.At.Lat));

    public DateOnly First => Cases.Min(c => c.On);

    public DateOnly Last => Cases.Max(c => c.On);
}

/// <summary>
/// Hotspots (未诉先办): cases of one category within <see cref="Metres"/> of one another and
/// <see cref="Days"/> days of one another are one group (joined through any member); a group of
/// <see cref="MinCases"/> or more is a hotspot the office can act on before the next call.
/// </summary>
public static class Hotspots
{
    public const double Metres = 200;

    public const int Days = 30;

    public const int MinCases = 2;

    public static IReadOnlyList<Hotspot> Find(IEnumerable<CasePoint> cases, double metres = Metres, int days = Days, int minCases = MinCases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var found = new List<Hotspot>();
        foreach (var category in cases.GroupBy(c => c.Category, StringComparer.Ordinal))
        {
            var points = category.OrderBy(c => c.On).ThenBy(c => c.Id).ToList();
            var group = Enumerable.Range(0, points.Count).ToArray();
            int Root(int i) => group[i] == i ? i : group[i] = Root(group[i]);
            for (var i = 0; i < points.Count; i++)
            {
                // Sorted by day: only the cases up to `days` later can join this one.
                for (var j = i + 1; j < points.Count && points[j].On.DayNumber - points[i].On.DayNumber <= days; j++)
                {
                    if (Place.Distance(points[i].At, points[j].At) <= metres)
                    {
                        group[Root(j)] = Root(i);
                    }
                }
            }

            found.AddRange(Enumerable.Range(0, points.Count).GroupBy(Root).Where(g => g.Count() >= minCases)
                .Select(g => new Hotspot(category.Key, [.. g.Select(i => points[i])])));
        }

        return [.. found.OrderByDescending(h => h.Cases.Count).ThenBy(h => h.Category, StringComparer.Ordinal)];
    }
}
