namespace Pledgewatch.Architecture.Tests;

/// <summary>
/// The intended direction of the project references: the reading of reports at the bottom, storage
/// above the domain, the web app and the command line at the top and apart. Each project lists every
/// project of ours it may reference directly; anything else is a violation. A new project must be
/// added here before it can be referenced at all.
/// </summary>
public static class Layering
{
    public static readonly IReadOnlyDictionary<string, string[]> Allowed = new Dictionary<string, string[]>
    {
        ["Pledgewatch.Extraction"] = [],
        ["Pledgewatch.Geo"] = [],
        ["Pledgewatch.Voting"] = [],
        ["Pledgewatch.Projects"] = ["Pledgewatch.Geo"],
        ["Pledgewatch.Suggestions"] = ["Pledgewatch.Projects"],
        ["Pledgewatch.Documents"] = ["Pledgewatch.Extraction"],
        ["Pledgewatch.Tracking"] = ["Pledgewatch.Extraction"],
        ["Pledgewatch.Reporting"] = ["Pledgewatch.Tracking"],
        ["Pledgewatch.Storage"] =
        [
            "Pledgewatch.Extraction", "Pledgewatch.Documents", "Pledgewatch.Tracking", "Pledgewatch.Voting", "Pledgewatch.Projects",
            "Pledgewatch.Suggestions",
        ],
        ["Pledgewatch.Storage.Sqlite"] = ["Pledgewatch.Storage"],
        ["Pledgewatch.Storage.Postgres"] = ["Pledgewatch.Storage"],
        ["Pledgewatch.Cli"] =
        [
            "Pledgewatch.Extraction", "Pledgewatch.Documents", "Pledgewatch.Tracking", "Pledgewatch.Reporting", "Pledgewatch.Storage",
            "Pledgewatch.Storage.Sqlite", "Pledgewatch.Storage.Postgres",
        ],
        ["Pledgewatch.Web"] = ["Pledgewatch.Reporting", "Pledgewatch.Storage", "Pledgewatch.Storage.Sqlite", "Pledgewatch.Storage.Postgres"],
    };

    /// <summary>Pairs that must never meet, even through other projects.</summary>
    public static readonly (string From, string To)[] NeverReachable =
    [
        ("Pledgewatch.Storage", "Pledgewatch.Web"),
        ("Pledgewatch.Storage", "Pledgewatch.Cli"),
        ("Pledgewatch.Reporting", "Pledgewatch.Storage"),
        ("Pledgewatch.Web", "Pledgewatch.Cli"),
        ("Pledgewatch.Cli", "Pledgewatch.Web"),
    ];

    /// <summary>Every violation of the layering in <paramref name="graph"/>, worded for the test's failure message.</summary>
    public static IReadOnlyList<string> Violations(ProjectGraph graph)
    {
        var found = new List<string>();
        foreach (var project in graph.Projects)
        {
            if (!Allowed.TryGetValue(project, out var allowed))
            {
                found.Add($"{project} is not in the layering: add it to Layering.Allowed with the projects it may reference");
                continue;
            }

            foreach (var reference in graph.ReferencesOf(project).Order(StringComparer.Ordinal))
            {
                if (!allowed.Contains(reference))
                {
                    found.Add($"{project} must not reference {reference}");
                }
            }
        }

        foreach (var (from, to) in NeverReachable)
        {
            if (graph.Projects.Contains(from) && graph.ReachableFrom(from).Contains(to))
            {
                found.Add($"{from} reaches {to} through its references");
            }
        }

        return found;
    }
}
