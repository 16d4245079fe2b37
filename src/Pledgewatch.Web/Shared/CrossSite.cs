namespace Pledgewatch.Web.Shared;

/// <summary>
/// Writes come from this site's own pages or from programs, never from another site's page: a POST
/// that the browser marks as cross-site (<c>Sec-Fetch-Site</c>), or whose <c>Origin</c> is another host,
/// is refused before it is read. This backs up SameSite cookies and anti-forgery tokens, and covers
/// the API endpoints that take no token (uploads, feedback).
/// </summary>
internal static class CrossSite
{
    public static IApplicationBuilder UseSameSiteWritesOnly(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method))
        {
            var site = request.Headers["Sec-Fetch-Site"].ToString();
            var origin = request.Headers.Origin.ToString();
            var foreign = site == "cross-site"
                || (origin.Length > 0 && origin != "null" && (!Uri.TryCreate(origin, UriKind.Absolute, out var from) || !string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)));
            if (foreign)
            {
                await Results.Problem(detail: "writes are accepted from this site's own pages only", statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request").ExecuteAsync(context);
                return;
            }
        }

        await next();
    });
}
