using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Scorecard;

/// <summary>The API of the scorecard: every target of a region and year with its verdict and evidence (and, for a target on suggestion handling, the records' verdict).</summary>
internal static class ScorecardEndpoints
{
    public static ApiGroups MapScorecard(this ApiGroups api)
    {
        api.Reads.MapGet("/scorecard", Scorecard).AddEndpointFilter(MissLimiter.Filter)
            .Produces<JudgementSchema[]>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Scorecard(Tracker tracker, DeputySuggestions suggestions, string? region, int? year, CancellationToken ct)
    {
        if (region is null || year is null)
        {
            return Problems.BadRequest("region (name or code) and year are required");
        }

        var card = await tracker.ScorecardAsync(region, year.Value, ct);
        if (card is null || card.Rows.Count == 0)
        {
            return card is null ? Problems.NotFound($"no region {region}") : Problems.NotFound($"{card.Region} has no targets for {year}");
        }

        // A target on suggestion handling also carries the office's records' figure and verdict, as on the page.
        var byRecords = (await suggestions.JudgeAsync(card.Region, card.Year, card.Rows, ct)).ToDictionary(j => j.Row.Target.Id);
        return new JsonWriterResult(w => TrackingJson.WriteScorecard(w, card, (json, row) =>
        {
            if (byRecords.TryGetValue(row.Target.Id, out var judged))
            {
                json.WriteStartObject("by_records");
                json.WriteString("figure", judged.Figure switch
                {
                    Pledgewatch.Suggestions.ReportedFigure.Handled => "handled",
                    Pledgewatch.Suggestions.ReportedFigure.SatisfactionRate => "satisfaction_rate",
                    _ => "on_time_rate",
                });
                if (judged.Computed is { } value)
                {
                    json.WriteNumber("value", value);
                }
                else
                {
                    json.WriteNull("value");
                }

                json.WriteString("verdict", VerdictNames.Of(judged.Verdict));
                json.WriteEndObject();
            }
        }));
    }
}
