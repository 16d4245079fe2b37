namespace Pledgewatch.Web.Shared;

internal static class SecurityHeaders
{
    /// <summary>
    /// Everything is served by the app itself: scripts, styles and images from this origin only —
    /// except map tiles, when a tile server is configured (Map:TileUrl): images from its origin.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var images = "img-src 'self' data:" + (TileOrigin(configuration["Map:TileUrl"]) is { } tiles ? " " + tiles : "");
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "geolocation=(self), camera=(), microphone=()";
            var path = context.Request.Path;
            if (path.StartsWithSegments("/api/v1"))
            {
                // JSON: nothing to run.
                headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            }
            else if (path.StartsWithSegments("/api/explorer"))
            {
                // The interactive API explorer (Scalar) runs inline set-up code; it still loads nothing from elsewhere.
                headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";
            }
            else
            {
                headers.ContentSecurityPolicy = $"default-src 'self'; {images}; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
            }

            await next();
        });
    }

    /// <summary>The scheme and host of a tile URL template (<c>https://t{s}.example/{z}/{x}/{y}.png</c> → <c>https://*.example</c> when the host varies).</summary>
    internal static string? TileOrigin(string? template)
    {
        if (string.IsNullOrWhiteSpace(template))
        {
            return null;
        }

        var probe = template.Replace("{s}", "a", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe.Replace("{z}", "0", StringComparison.Ordinal).Replace("{x}", "0", StringComparison.Ordinal).Replace("{y}", "0", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var host = template.Contains("{s}", StringComparison.Ordinal) ? "*." + uri.Host.Split('.', 2)[^1] : uri.Host;
        return $"{uri.Scheme}://{host}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}";
    }
}
