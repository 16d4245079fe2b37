using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Compare;

/// <summary>The API of the comparison across regions: one indicator, every region under a parent, as JSON, CSV or xlsx.</summary>
internal static class CompareEndpoints
{
    public static ApiGroups MapCompare(this ApiGroups api)
    {
        api.Reads.MapGet("/compare", Compare).AddEndpointFilter(MissLimiter.Filter)
            .Produces<ComparisonSchema>()
            .Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Compare(
        Tracker tracker, string? parent, int? year, string? indicator, string? measure, string? sort, string? dir, string? format, string? lang, CancellationToken ct)
    {
        if (lang is not (null or "zh" or "en"))
        {
            return Problems.BadRequest("lang is zh or en");
        }

        var (request, error) = CompareRequest.Parse(parent, year, indicator, measure, sort, dir);
        if (request is null)
        {
            return Problems.BadRequest(error!);
        }

        if (format is not (null or "json") && !TableFiles.IsFormat(format))
        {
            return Problems.BadRequest("format is json, csv or xlsx");
        }

        var comparison = await tracker.CompareAsync(request.Parent, request.Year, request.Indicator, request.Measure, ct);
        if (comparison is null)
        {
            return Problems.NotFound($"no region {request.Parent}");
        }

        var rows = comparison.Sorted(request.Sort, request.Descending);
        return format is null or "json"
            ? new JsonWriterResult(w => TrackingJson.WriteComparison(w, comparison, rows))
            : TableFiles.Download(Table(comparison, rows, lang), format, $"pledgewatch-compare-{comparison.Parent}-{comparison.Year}");
    }

    /// <summary>The comparison as a table: with the page's language (lang) in words for people, else with the API's column keys.</summary>
    private static ReportTable Table(Comparison comparison, IReadOnlyList<ComparisonRow> rows, string? lang)
    {
        var language = lang == "en" ? ReaderLanguage.English : ReaderLanguage.Chinese;
        var table = ReportTable.Of(comparison, rows, language);
        return lang is null ? table : table.ForPeople(language);
    }
}
