using Pledgewatch.Extraction;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Compare;

/// <summary>
/// What a reader asks of a comparison, the same for the page, the API and the exports: a parent
/// region, a year, optionally an indicator and measure, and the column to sort by.
/// </summary>
internal sealed record CompareRequest(string Parent, int Year, string? Indicator, Measure? Measure, ComparisonColumn Sort, bool Descending)
{
    public static readonly IReadOnlyDictionary<string, ComparisonColumn> Columns = new Dictionary<string, ComparisonColumn>(StringComparer.OrdinalIgnoreCase)
    {
        ["region"] = ComparisonColumn.Region,
        ["target"] = ComparisonColumn.Target,
        ["outcome"] = ComparisonColumn.Outcome,
        ["verdict"] = ComparisonColumn.Verdict,
    };

    /// <summary>The request, or a sentence saying what is wrong with it.</summary>
    public static (CompareRequest? Request, string? Error) Parse(string? parent, int? year, string? indicator, string? measure, string? sort, string? dir)
    {
        if (string.IsNullOrWhiteSpace(parent) || year is null)
        {
            return (null, "parent (a region's name or code) and year are required");
        }

        Measure? parsed = null;
        if (!string.IsNullOrEmpty(measure))
        {
            if (!ContractNames.TryParse(measure, out Measure m))
            {
                return (null, $"measure is one of {string.Join(", ", ContractNames.Measures.Select(ContractNames.Of))}");
            }

            parsed = m;
        }

        var column = ComparisonColumn.Region;
        if (!string.IsNullOrEmpty(sort) && !Columns.TryGetValue(sort, out column))
        {
            return (null, $"sort is one of {string.Join(", ", Columns.Keys)}");
        }

        if (dir is not (null or "" or "asc" or "desc"))
        {
            return (null, "dir is asc or desc");
        }

        return (new CompareRequest(parent.Trim(), year.Value, string.IsNullOrWhiteSpace(indicator) ? null : indicator.Trim(), parsed, column, dir == "desc"), null);
    }

    public string SortName => Columns.First(c => c.Value == Sort).Key;

    /// <summary>The query string of this request with another sort, for column headings and export links.</summary>
    public string Query(ComparisonColumn? sort = null, bool? descending = null, string? format = null)
    {
        var parts = new List<string> { "parent=" + Uri.EscapeDataString(Parent), "year=" + Year };
        if (Indicator is not null)
        {
            parts.Add("indicator=" + Uri.EscapeDataString(Indicator));
        }

        if (Measure is { } m)
        {
            parts.Add("measure=" + ContractNames.Of(m));
        }

        var column = sort ?? Sort;
        if (column != ComparisonColumn.Region)
        {
            parts.Add("sort=" + Columns.First(c => c.Value == column).Key);
        }

        if (descending ?? Descending)
        {
            parts.Add("dir=desc");
        }

        if (format is not null)
        {
            parts.Add("format=" + format);
        }

        return string.Join("&", parts);
    }
}
