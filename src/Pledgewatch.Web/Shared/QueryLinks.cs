namespace Pledgewatch.Web.Shared;

/// <summary>Addresses that keep a reader's choice (filters, sort, page) with some of it changed.</summary>
internal static class QueryLinks
{
    /// <param name="path">The page or export, perhaps with a query of its own already.</param>
    /// <param name="values">The choice, in the order its keys are written; empty values are left out.</param>
    /// <param name="changes">Keys to set (null removes one).</param>
    public static string With(string path, IEnumerable<(string Key, string? Value)> values, IEnumerable<(string Key, string? Value)> changes)
    {
        var all = values.ToDictionary(v => v.Key, v => v.Value);
        foreach (var (key, value) in changes)
        {
            all[key] = value;
        }

        var query = string.Join("&", all.Where(kv => !string.IsNullOrEmpty(kv.Value)).Select(kv => $"{kv.Key}={Uri.EscapeDataString(kv.Value!)}"));
        return query.Length == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
    }
}
