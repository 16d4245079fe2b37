using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Reports;

/// <summary>The API of the reports across years: conflicts, carry-over, and every table as CSV or xlsx.</summary>
internal static class ReportEndpoints
{
    public static ApiGroups MapReports(this ApiGroups api)
    {
        api.Reads.MapGet("/conflicts", Conflicts).AddEndpointFilter(MissLimiter.Filter).Produces<ConflictSchema[]>();
        api.Reads.MapGet("/carryover", CarryOver).AddEndpointFilter(MissLimiter.Filter).Produces<CarryOverSchema[]>();
        api.Reads.MapGet("/export/{what}", Export).AddEndpointFilter(MissLimiter.Filter)
            .Produces(StatusCodes.Status200OK, typeof(Stream), "text/csv", TableFiles.XlsxType).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Conflicts(Tracker tracker, string? region, int? year, CancellationToken ct)
    {
        var items = (await tracker.ConflictsAsync(region, year, ct)).Select(x => (x.Region.Name, x.Item)).ToList();
        return new JsonWriterResult(w => TrackingJson.WriteConflicts(w, items));
    }

    private static async Task<IResult> CarryOver(Tracker tracker, string? region, CancellationToken ct)
    {
        var items = (await tracker.CarryOverAsync(region, ct)).Select(x => (x.Region.Name, x.Year, x.Item)).ToList();
        return new JsonWriterResult(w => TrackingJson.WriteCarryOver(w, items));
    }

    /// <param name="lang">zh or en: headings, labels and reasons for people in that language (the page's export buttons); without it the column keys of the API.</param>
    /// <param name="verdict">A scorecard's rows: the same choice as the scorecard page (verdict, section, q, measure, period, doc, sort, dir).</param>
    private static async Task<IResult> Export(
        string what, Tracker tracker, ClaimQueries queries, string? region, int? year, string? lang,
        string? verdict, string? section, string? q, string? measure, string? period, long? doc, string? sort, string? dir, string? kind,
        string format = "csv", CancellationToken ct = default)
    {
        if (!TableFiles.IsFormat(format))
        {
            return Problems.BadRequest("format is csv or xlsx");
        }

        if (lang is not (null or "zh" or "en"))
        {
            return Problems.BadRequest("lang is zh or en");
        }

        var language = lang == "en" ? ReaderLanguage.English : ReaderLanguage.Chinese;

        ReportTable table;
        switch (what)
        {
            case "scorecard":
                if (region is null || year is null)
                {
                    return Problems.BadRequest("a scorecard export needs region and year");
                }

                var view = new Scorecard.ScorecardView(verdict, section, q, measure, period, doc, sort, dir);
                if (view.Problem is { } problem)
                {
                    return Problems.BadRequest(problem);
                }

                var card = await tracker.ScorecardAsync(region, year.Value, ct);
                if (card is null)
                {
                    return Problems.NotFound($"no region {region}");
                }

                // Exactly the rows the page shows for the same choice (all pages of it).
                table = ReportTable.Of(card with { Rows = view.Apply(card) }, language);
                break;
            case "conflicts":
                table = ReportTable.Of((await tracker.ConflictsAsync(region, year, ct)).Select(x => (x.Region.Name, x.Item)), language);
                break;
            case "carryover":
                // The page's choice: a change (kind), the earlier verdict and year.
                if (verdict is { Length: > 0 } && !VerdictNames.TryParse(verdict, out _))
                {
                    return Problems.BadRequest($"unknown verdict {verdict}");
                }

                table = ReportTable.Of(CarryOverModel.Filter((await tracker.CarryOverAsync(region, ct)).Select(x => (x.Region.Name, x.Year, x.Item)), kind, verdict, year), language);
                break;
            case "claims":
                table = ReportTable.Of((await tracker.ClaimsAsync(region, year, ct)).Select(x => x.Claim));
                break;
            default:
                return Problems.NotFound("export what: scorecard, conflicts, carryover or claims");
        }

        return TableFiles.Download(lang is null ? table : table.ForPeople(language), format, $"pledgewatch-{what}{(region is null ? "" : "-" + region)}{(year is null ? "" : "-" + year)}");
    }
}
