namespace Pledgewatch.Architecture.Tests;

public sealed class LayeringTests
{
    private static string Source => Path.Combine(TestPaths.RepositoryRoot, "src");

    [Fact]
    public void ProjectReferencesFollowTheIntendedDirection()
    {
        var graph = ProjectGraph.Load(Source);

        Assert.Contains("Pledgewatch.Extraction", graph.Projects);
        Assert.Empty(Layering.Violations(graph));
    }

    [Fact]
    public void AForbiddenReferenceIsReported()
    {
        var graph = Edited(ProjectGraph.Load(Source), "Pledgewatch.Tracking", "Pledgewatch.Storage");

        Assert.Contains("Pledgewatch.Tracking must not reference Pledgewatch.Storage", Layering.Violations(graph));
    }

    [Fact]
    public void AReferenceThroughAnotherProjectIsReported()
    {
        // Storage may reference Tracking; Tracking reaching the web app brings the web app under storage.
        var graph = Edited(ProjectGraph.Load(Source), "Pledgewatch.Tracking", "Pledgewatch.Web");

        var violations = Layering.Violations(graph);
        Assert.Contains("Pledgewatch.Storage reaches Pledgewatch.Web through its references", violations);
    }

    [Fact]
    public void AProjectOutsideTheLayeringIsReported()
    {
        var graph = new ProjectGraph(new Dictionary<string, IReadOnlySet<string>>
        {
            ["Pledgewatch.Extraction"] = new HashSet<string>(),
            ["Pledgewatch.Newcomer"] = new HashSet<string> { "Pledgewatch.Extraction" },
        });

        Assert.Single(Layering.Violations(graph), v => v.StartsWith("Pledgewatch.Newcomer is not in the layering", StringComparison.Ordinal));
    }

    private static ProjectGraph Edited(ProjectGraph graph, string project, string addedReference) =>
        new(graph.Projects.ToDictionary(
            p => p,
            p => (IReadOnlySet<string>)(p == project ? graph.ReferencesOf(p).Append(addedReference).ToHashSet() : graph.ReferencesOf(p))));
}
