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
        if (!context.Request.Path.StartsWithSegments("/api") || context.Request.Path == "/api")
        {
            headers.ContentSecurityPolicy = context.Request.Path == "/api"
                ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'"
                : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";
        }

        await next();
    });
}
