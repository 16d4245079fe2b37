using Pledgewatch.Storage;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Api;

/// <summary>The two groups of the JSON API under /api/v1 that features map their endpoints onto.</summary>
/// <param name="Reads">Public reads, served from the public cache.</param>
/// <param name="Writes">Writes, rate-limited per user; each endpoint names the role it needs.</param>
internal sealed record ApiGroups(RouteGroupBuilder Reads, RouteGroupBuilder Writes);

/// <summary>The JSON API under /api/v1: reading is public; writes need an editor or administrator.</summary>
internal static class ApiEndpoints
{
    public static ApiGroups MapApi(this IEndpointRouteBuilder app)
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
        return new ApiGroups(api.MapGroup("").CacheOutput(PublicCache.Policy), api.MapGroup("").RequireRateLimiting(Policies.Writes));
    }
}
