namespace Pledgewatch.Voting;

/// <summary>What every paper must be, whatever it marks: each item of the ballot marked once, nothing else.</summary>
internal static class Papers
{
    /// <returns>Null when every item is marked and nothing else; else why not, for the deputy.</returns>
    public static string? CheckEveryOneMarked(IReadOnlyCollection<long> items, IEnumerable<long> marked, string item, string marks)
    {
        var keys = marked.ToHashSet();
        var unknown = keys.Where(k => !items.Contains(k)).Order().ToList();
        if (unknown.Count > 0)
        {
            return $"not a {item} of this ballot: {string.Join(", ", unknown)}";
        }

        var missing = items.Where(i => !keys.Contains(i)).ToList();
        return missing.Count > 0 ? $"every {item} needs a mark ({marks}); missing: {string.Join(", ", missing)}" : null;
    }
}
