using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Extraction;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Claims;

/// <summary>The API of claims: filtered pages, one claim, corrections (editors) and catalog merges (administrators).</summary>
internal static class ClaimEndpoints
{
    public static ApiGroups MapClaims(this ApiGroups api)
    {
        api.Reads.MapGet("/claims", Claims).Produces<ClaimPageSchema>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.Reads.MapGet("/claims/{id:long}", Claim).Produces<ClaimSchema>().ProducesProblem(StatusCodes.Status404NotFound);
        api.Writes.MapPost("/claims/{id:long}/corrections", Correct).RequireAuthorization(Policies.Editor)
            .Produces<CorrectionDoneDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        api.Writes.MapPost("/catalog/aliases", Merge).RequireAuthorization(Policies.Admin)
            .Produces<AliasDoneDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> Claims(ClaimQueries queries, Tracker tracker, string? region, int? year, string? kind, string? indicator, string? verdict, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 100, CancellationToken ct = default)
    {
        if (Problems.CheckPaging(page, pageSize) is { } bad)
        {
            return bad;
        }

        ClaimKind? wantedKind = null;
        if (kind is not null)
        {
            if (!ContractNames.TryParse(kind, out ClaimKind parsed))
            {
                return Problems.BadRequest($"kind is {string.Join(" or ", ContractNames.Kinds.Select(ContractNames.Of))}");
            }

            wantedKind = parsed;
        }

        if (verdict is not null)
        {
            // A verdict belongs to a target of a region and year: the scorecard's rows.
            if (!VerdictNames.TryParse(verdict, out var wanted))
            {
                return Problems.BadRequest("verdict is met, missed, unclear, pending, not_reported or no_target_set");
            }

            if (region is null || year is null)
            {
                return Problems.BadRequest("filtering by verdict needs region and year");
            }

            var card = await tracker.ScorecardAsync(region, year.Value, ct);
            if (card is null)
            {
                return Problems.NotFound($"no region {region}");
            }

            var rows = card.Rows.Where(r => r.Verdict == wanted && (indicator is null || r.Indicator == indicator)).Select(r => r.Target).ToList();
            var slice = rows.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            return new JsonWriterResult(w => WritePage(w, slice.Select(c => (card.Region, c)), page, pageSize, rows.Count));
        }

        var result = await queries.PageAsync(region, year, wantedKind, indicator, page, pageSize, ct);
        return result is null
            ? Problems.NotFound($"no region {region}")
            : new JsonWriterResult(w => WritePage(w, result.Items, page, pageSize, result.Total));
    }

    private static async Task<IResult> Claim(long id, ClaimQueries queries, CancellationToken ct)
    {
        var found = await queries.FindAsync(id, ct);
        return found is null ? Problems.NotFound($"no claim {id}") : new JsonWriterResult(w => TrackingJson.WriteClaim(w, found.Value.Claim));
    }

    private static async Task<IResult> Correct(long id, CorrectionRequest request, Editing editing, HttpContext context, CancellationToken ct)
    {
        var result = await editing.CorrectClaimAsync(id, request.ToCorrection(), context.User.Identity!.Name!, ct);
        return result.Outcome switch
        {
            EditOutcome.Done => TypedResults.Ok(new CorrectionDoneDto(id, result.Version)),
            EditOutcome.NotFound => Problems.NotFound(result.Error!),
            _ => Problems.BadRequest(result.Error!),
        };
    }

    private static async Task<IResult> Merge(AliasRequest request, Editing editing, HttpContext context, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.Alias) || string.IsNullOrWhiteSpace(request.Into))
        {
            return Problems.BadRequest("alias and into are required");
        }

        var result = await editing.MergeIndicatorAsync(request.Alias.Trim(), request.Into.Trim(), context.User.Identity!.Name!, ct);
        return result.Outcome switch
        {
            EditOutcome.Done => TypedResults.Ok(new AliasDoneDto(request.Alias, request.Into)),
            EditOutcome.NotFound => Problems.NotFound(result.Error!),
            _ => Problems.BadRequest(result.Error!),
        };
    }

    internal static void WritePage(Utf8JsonWriter w, IEnumerable<(string Region, TrackedClaim Claim)> items, int page, int pageSize, int total)
    {
        w.WriteStartObject();
        w.WriteStartArray("items");
        foreach (var (_, claim) in items)
        {
            TrackingJson.WriteClaim(w, claim);
        }

        w.WriteEndArray();
        w.WriteNumber("page", page);
        w.WriteNumber("page_size", pageSize);
        w.WriteNumber("total", total);
        w.WriteEndObject();
    }
}
