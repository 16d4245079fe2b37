using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Exports;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Api;

/// <summary>The JSON API under /api/v1: reading is public; writes need an editor or administrator.</summary>
internal static class ApiEndpoints
{
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Pledgewatch");

        // Something asked for that does not exist (an unknown region in a filter) is a 404, wherever it is found out.
        api.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (StoreException e) when (e.IsNotFound)
            {
                return Problems.NotFound(e.Message);
            }
        });
        var reads = api.MapGroup("").CacheOutput(PublicCache.Policy);
        reads.MapGet("/regions", Regions);
        reads.MapGet("/documents", Documents);
        reads.MapGet("/documents/{id:long}", Document);
        reads.MapGet("/claims", Claims);
        reads.MapGet("/claims/{id:long}", Claim);
        reads.MapGet("/scorecard", Scorecard).AddEndpointFilter(MissLimiter.Filter);
        reads.MapGet("/conflicts", Conflicts).AddEndpointFilter(MissLimiter.Filter);
        reads.MapGet("/carryover", CarryOver).AddEndpointFilter(MissLimiter.Filter);
        reads.MapGet("/search", Search).AddEndpointFilter(MissLimiter.Filter);
        reads.MapGet("/export/{what}", Export).AddEndpointFilter(MissLimiter.Filter);

        var writes = api.MapGroup("").RequireRateLimiting(Policies.Writes);
        writes.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            await PublicCache.EvictAsync(context.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>(), context.HttpContext.RequestAborted);
            return result;
        });
        writes.MapPost("/documents", Upload.Handle).RequireAuthorization(Policies.Editor).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Limits.UploadBytes + 1024 * 1024));
        writes.MapPost("/claims/{id:long}/corrections", Correct).RequireAuthorization(Policies.Editor);
        writes.MapPost("/catalog/aliases", Merge).RequireAuthorization(Policies.Admin);
        return api;
    }

    private static async Task<IResult> Regions(PledgewatchStore store, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var counts = await db.Documents.AsNoTracking().Where(d => d.IsCurrent).GroupBy(d => d.RegionId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var regions = await db.Regions.AsNoTracking().Include(r => r.Parent).OrderBy(r => r.Code).ToListAsync(ct);
        return TypedResults.Ok(regions.Select(r => new RegionDto(r.Id, r.Code, r.Name, r.Parent?.Code, r.Parent?.Name, r.Level, counts.GetValueOrDefault(r.Id))));
    }

    private static async Task<IResult> Documents(PledgewatchStore store, string? region, int? year, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken ct = default)
    {
        if (Problems.CheckPaging(page, pageSize) is { } bad)
        {
            return bad;
        }

        await using var db = store.CreateContext();
        var query = db.Documents.AsNoTracking().Where(d => d.IsCurrent);
        if (region is not null)
        {
            var found = await RegionDirectory.FindAsync(db, region, ct);
            if (found is null)
            {
                return Problems.NotFound($"no region {region}");
            }

            query = query.Where(d => d.RegionId == found.Id);
        }

        if (year is { } y)
        {
            query = query.Where(d => d.ReportYear == y);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(d => d.Id).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(d => new DocumentDto(d.Id, d.FileName, d.Title, d.Type, d.Region!.Name, d.Region.Code, d.ReportYear, d.Version, d.ClaimCount, d.SizeBytes, d.ImportedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(new PageDto<DocumentDto>(items, page, pageSize, total));
    }

    private static async Task<IResult> Document(long id, PledgewatchStore store, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var d = await db.Documents.AsNoTracking().Where(d => d.Id == id)
            .Select(d => new { Meta = new DocumentDto(d.Id, d.FileName, d.Title, d.Type, d.Region!.Name, d.Region.Code, d.ReportYear, d.Version, d.ClaimCount, d.SizeBytes, d.ImportedAt), d.Text })
            .FirstOrDefaultAsync(ct);
        return d is null ? Problems.NotFound($"no document {id}") : TypedResults.Ok(new { document = d.Meta, text = d.Text });
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

    private static async Task<IResult> Search(ClaimQueries queries, PledgewatchStore store, string? q, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length > 100)
        {
            return Problems.BadRequest("q is 1 to 100 characters");
        }

        if (Problems.CheckPaging(page, pageSize) is { } bad)
        {
            return bad;
        }

        var words = q.Trim();
        var claims = await queries.SearchAsync(words, page, pageSize, ct);
        var documents = await DocumentSearch.FindAsync(store, words, 20, ct);
        return new JsonWriterResult(w =>
        {
            w.WriteStartObject();
            w.WriteString("q", words);
            w.WriteStartArray("documents");
            foreach (var d in documents)
            {
                w.WriteStartObject();
                w.WriteNumber("id", d.Id);
                w.WriteString("doc", d.FileName);
                w.WriteString("title", d.Title);
                w.WriteString("region", d.Region);
                w.WriteNumber("report_year", d.ReportYear);
                w.WriteNumber("hits", d.Hits);
                w.WriteString("snippet", d.Snippet);
                w.WriteNumber("at", d.At);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("claims");
            WritePage(w, claims.Items, page, pageSize, claims.Total);
            w.WriteEndObject();
        });
    }

    private static async Task<IResult> Export(string what, Tracker tracker, ClaimQueries queries, string? region, int? year, string format = "csv", CancellationToken ct = default)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return Problems.BadRequest("format is csv or xlsx");
        }

        ReportTable table;
        switch (what)
        {
            case "scorecard":
                if (region is null || year is null)
                {
                    return Problems.BadRequest("a scorecard export needs region and year");
                }

                var card = await tracker.ScorecardAsync(region, year.Value, ct);
                if (card is null)
                {
                    return Problems.NotFound($"no region {region}");
                }

                table = ReportTable.Of(card);
                break;
            case "conflicts":
                table = ReportTable.Of((await tracker.ConflictsAsync(region, year, ct)).Select(x => (x.Region.Name, x.Item)));
                break;
            case "carryover":
                table = ReportTable.Of((await tracker.CarryOverAsync(region, ct)).Select(x => (x.Region.Name, x.Year, x.Item)));
                break;
            case "claims":
                table = ReportTable.Of((await tracker.ClaimsAsync(region, year, ct)).Select(x => x.Claim));
                break;
            default:
                return Problems.NotFound("export what: scorecard, conflicts, carryover or claims");
        }

        var stream = new MemoryStream();
        if (format == "xlsx")
        {
            TableExport.WriteXlsx(table, stream);
        }
        else
        {
            TableExport.WriteCsv(table, stream);
        }

        stream.Position = 0;
        var name = $"pledgewatch-{what}{(region is null ? "" : "-" + region)}{(year is null ? "" : "-" + year)}.{format}";
        return TypedResults.File(stream, format == "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=utf-8", name);
    }

    private static async Task<IResult> Correct(long id, CorrectionRequest request, Editing editing, HttpContext context, CancellationToken ct)
    {
        var result = await editing.CorrectClaimAsync(id, request.ToCorrection(), context.User.Identity!.Name!, ct);
        return result.Outcome switch
        {
            EditOutcome.Done => TypedResults.Ok(new { claim = id, version = result.Version }),
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
            EditOutcome.Done => TypedResults.Ok(new { alias = request.Alias, into = request.Into }),
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
