using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Pledgewatch.Web.Features.Developers;

/// <summary>
/// The API as a plain page of the site: every endpoint under /api/v1 with its method, its
/// parameters and what it answers, read from the same descriptions the OpenAPI document is made
/// of; the interactive explorer is one link away.
/// </summary>
public sealed class IndexModel(IApiDescriptionGroupCollectionProvider descriptions) : PageModel
{
    public sealed record Parameter(string Name, string Where, string Type, bool Required);

    public sealed record Endpoint(string Method, string Path, IReadOnlyList<Parameter> Parameters, IReadOnlyList<int> Answers);

    /// <summary>The endpoints grouped by their first path segment after /api/v1 (claims, scorecard, projects…).</summary>
    public IReadOnlyList<IGrouping<string, Endpoint>> Groups { get; private set; } = [];

    public void OnGet()
    {
        Groups = [.. descriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true)
            .Select(d => new Endpoint(
                d.HttpMethod ?? "GET",
                // As the OpenAPI document writes a path: {id}, not {id:long}.
                "/" + System.Text.RegularExpressions.Regex.Replace(d.RelativePath!.Split('?')[0], @"\{(\w+)[^}]*\}", "{$1}").TrimEnd('/'),
                [.. d.ParameterDescriptions
                    .Where(p => p.Source.Id is "Query" or "Path" or "Form" or "FormFile" or "Body")
                    .DistinctBy(p => p.Name)
                    .Select(p => new Parameter(p.Name, p.Source.Id.ToLowerInvariant(), TypeName(p.Type), p.IsRequired))],
                [.. d.SupportedResponseTypes.Select(r => r.StatusCode).Distinct().Order()]))
            .DistinctBy(e => (e.Method, e.Path))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .GroupBy(e => e.Path.Split('/')[3])];
    }

    private static string TypeName(Type? type)
    {
        var t = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(int) || t == typeof(long) ? "integer"
            : t == typeof(double) || t == typeof(decimal) ? "number"
            : t == typeof(bool) ? "boolean"
            : t == typeof(string) ? "string"
            : t?.Name.Contains("File", StringComparison.Ordinal) == true ? "file"
            : "object";
    }
}
