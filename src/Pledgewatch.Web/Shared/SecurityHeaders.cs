namespace Pledgewatch.Web.Shared;

internal static class SecurityHeaders
{
    /// <summary>Everything is served by the app itself: scripts, styles and images from this origin only.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
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
        else if (path.StartsWithSegments("/api"))
        {
            // The interactive API page (Scalar) runs inline set-up code; it still loads nothing from elsewhere.
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'";
        }
        else
        {
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        }

        await next();
    });
}
