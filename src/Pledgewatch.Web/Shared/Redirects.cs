using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pledgewatch.Web.Shared;

/// <summary>The API answers 401/403 with problem details; pages redirect to the login page.</summary>
internal static class Redirects
{
    public static Task ApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>
    /// A path on this site, and nothing a browser could read as another host: one leading slash, not
    /// <c>//</c> or <c>/\</c>, no control characters (no header can be slipped in).
    /// </summary>
    public static bool IsLocalPath(string? path) =>
        path is { Length: > 0 and <= 2048 } && path[0] == '/'
        && (path.Length == 1 || path[1] is not ('/' or '\\'))
        && !path.Any(char.IsControl);
}
