using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Documents;

/// <summary>The API of regions and documents: the list, one document with its text, and uploads (editors).</summary>
internal static class DocumentEndpoints
{
    public static ApiGroups MapDocuments(this ApiGroups api)
    {
        api.Reads.MapGet("/regions", Regions).Produces<RegionDto[]>();
        api.Reads.MapGet("/documents", Documents).Produces<PageDto<DocumentDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        api.Reads.MapGet("/documents/{id:long}", Document).Produces<DocumentTextDto>().ProducesProblem(StatusCodes.Status404NotFound);
        api.Writes.MapPost("/documents", Upload.Handle).RequireAuthorization(Policies.Editor).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(Limits.UploadBytes + 1024 * 1024))
            .Produces<UploadDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return api;
    }

    private static async Task<IResult> Regions(DocumentQueries documents, CancellationToken ct) =>
        TypedResults.Ok((await documents.RegionsAsync(ct)).Select(r => new RegionDto(r.Id, r.Code, r.Name, r.ParentCode, r.ParentName, r.Level, r.Documents)));

    private static async Task<IResult> Documents(DocumentQueries documents, string? region, int? year, int page = 1, [FromQuery(Name = "page_size")] int pageSize = 50, CancellationToken ct = default)
    {
        if (Problems.CheckPaging(page, pageSize) is { } bad)
        {
            return bad;
        }

        return await documents.ListAsync(region, year, page, pageSize, ct) is { } found
            ? TypedResults.Ok(new PageDto<DocumentDto>([.. found.Items.Select(DocumentDto.Of)], page, pageSize, found.Total))
            : Problems.NotFound($"no region {region}");
    }

    private static async Task<IResult> Document(long id, DocumentQueries documents, CancellationToken ct) =>
        await documents.WithTextAsync(id, ct) is { } d
            ? TypedResults.Ok(new DocumentTextDto(DocumentDto.Of(d.Summary), d.Text))
            : Problems.NotFound($"no document {id}");
}
