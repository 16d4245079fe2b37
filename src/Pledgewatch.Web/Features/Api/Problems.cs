using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Api;

/// <summary>RFC 9457 problem details for the API's refusals.</summary>
internal static class Problems
{
    public static IResult NotFound(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult BadRequest(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult Unprocessable(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Not a report");

    /// <summary>page from 1, page_size from 1 to the maximum; else a 400 saying so.</summary>
    public static IResult? CheckPaging(int page, int pageSize) =>
        page < 1 ? BadRequest("page starts at 1")
        : pageSize is < 1 or > Limits.MaxPageSize ? BadRequest($"page_size is from 1 to {Limits.MaxPageSize}")
        : null;
}
