using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Scorecard;

/// <summary>The API of the scorecard: every target of a region and year with its verdict and evidence.</summary>
internal static class ScorecardEndpoints
{
    public static ApiGroups MapScorecard(this ApiGroups api)
    {
        api.Reads.MapGet("/scorecard", Scorecard).AddEndpointFilter(MissLimiter.Filter)
            .Produces<JudgementSchema[]>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Scorecard(Tracker tracker, string? region, int? year, CancellationToken ct)
    {
        if (region is null || year is null)
        {
            return Problems.BadRequest("region (name or code) and year are required");
        }

        var card = await tracker.ScorecardAsync(region, year.Value, ct);
        return card is null ? Problems.NotFound($"no region {region}")
            : card.Rows.Count == 0 ? Problems.NotFound($"{card.Region} has no targets for {year}")
            : new JsonWriterResult(w => TrackingJson.WriteScorecard(w, card));
    }
}
