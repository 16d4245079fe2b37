using System.Xml.Linq;

namespace Pledgewatch.Architecture.Tests;

/// <summary>The projects under src/ and the project references each one declares, read from the project files.</summary>
public sealed class ProjectGraph
{
    private readonly Dictionary<string, IReadOnlySet<string>> _references;

    public ProjectGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> references) =>
        _references = references.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public IEnumerable<string> Projects => _references.Keys.Order(StringComparer.Ordinal);

    public IReadOnlySet<string> ReferencesOf(string project) => _references[project];

    /// <summary>Every project reachable from <paramref name="project"/> through references, itself excluded.</summary>
    public IReadOnlySet<string> ReachableFrom(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<string>(ReferencesOf(project));
        while (work.TryPop(out var next))
        {
            if (seen.Add(next) && _references.TryGetValue(next, out var further))
            {
                foreach (var f in further)
                {
                    work.Push(f);
                }
            }
        }

        return seen;
    }

    public static ProjectGraph Load(string sourceFolder)
    {
        var references = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(sourceFolder, "*.csproj", SearchOption.AllDirectories))
        {
            var project = XDocument.Load(file);
            references[Path.GetFileNameWithoutExtension(file)] = project.Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension((string?)r.Attribute("Include") ?? ""))
                .Where(name => name.Length > 0)
                .ToHashSet(StringComparer.Ordinal);
        }

        return new ProjectGraph(references);
    }
}
