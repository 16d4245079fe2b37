using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Features.Claims;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Search;

/// <summary>The API of search: documents and claims that contain the words.</summary>
internal static class SearchEndpoints
{
    public static ApiGroups MapSearch(this ApiGroups api)
    {
        api.Reads.MapGet("/search", Search).AddEndpointFilter(MissLimiter.Filter).Produces<SearchSchema>().ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<IResult> Search(ClaimQueries queries, DocumentQueries documentQueries, string? q, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken ct = default)
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
        var documents = await documentQueries.SearchAsync(words, 20, ct);
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
            ClaimEndpoints.WritePage(w, claims.Items, page, pageSize, claims.Total);
            w.WriteEndObject();
        });
    }
}
