namespace Pledgewatch.Voting;

/// <summary>A deputy's year-end rating (满意度测评) of one project.</summary>
public enum Rating
{
    /// <summary>满意.</summary>
    Satisfied,

    /// <summary>基本满意.</summary>
    FairlySatisfied,

    /// <summary>不满意.</summary>
    Dissatisfied,
}

/// <summary>One project's ratings.</summary>
/// <param name="Project">The rated item's id (a candidate of the rating ballot).</param>
/// <param name="Satisfied">满意.</param>
/// <param name="FairlySatisfied">基本满意.</param>
/// <param name="Dissatisfied">不满意.</param>
/// <param name="Papers">Papers counted.</param>
public sealed record RatingCount(long Project, int Satisfied, int FairlySatisfied, int Dissatisfied, int Papers)
{
    /// <summary>满意率: (满意 + 基本满意) / papers, or null with no papers.</summary>
    public double? SatisfactionRate => Papers == 0 ? null : (double)(Satisfied + FairlySatisfied) / Papers;

    /// <summary>More than half of the papers 不满意: the owner must report back on how it will put things right (整改).</summary>
    public bool NeedsRectification => Dissatisfied * 2 > Papers;
}

/// <summary>
/// The rule of a year-end rating: each deputy on the roster rates every project 满意, 基本满意 or
/// 不满意, once; results per project with the satisfaction rate.
/// </summary>
public static class RatingTally
{
    /// <summary>Checks one paper: every project rated once, nothing else.</summary>
    public static string? Check(IReadOnlyCollection<long> projects, IReadOnlyDictionary<long, Rating> paper)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(paper);
        return Papers.CheckEveryOneMarked(projects, paper.Keys, "project", "满意, 基本满意 or 不满意");
    }

    /// <exception cref="ArgumentException">A stored paper breaks the rule.</exception>
    public static IReadOnlyList<RatingCount> Count(IReadOnlyCollection<long> projects, IEnumerable<IReadOnlyDictionary<long, Rating>> papers)
    {
        ArgumentNullException.ThrowIfNull(projects);
        ArgumentNullException.ThrowIfNull(papers);
        var counts = projects.ToDictionary(p => p, _ => new int[3]);
        var n = 0;
        foreach (var paper in papers)
        {
            if (Check(projects, paper) is { } error)
            {
                throw new ArgumentException($"a stored paper breaks the rule: {error}", nameof(papers));
            }

            foreach (var (project, rating) in paper)
            {
                counts[project][(int)rating]++;
            }

            n++;
        }

        return counts.OrderBy(c => c.Key).Select(c => new RatingCount(c.Key, c.Value[0], c.Value[1], c.Value[2], n)).ToList();
    }

    /// <summary>A canonical text of the result, for comparing a recount with what was published.</summary>
    public static string Canonical(IReadOnlyList<RatingCount> counts, int eligible)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return $"rating;N={eligible};papers={(counts.Count > 0 ? counts[0].Papers : 0)};"
            + string.Join(";", counts.OrderBy(c => c.Project).Select(c => $"{c.Project}:{c.Satisfied}/{c.FairlySatisfied}/{c.Dissatisfied}"));
    }
}
