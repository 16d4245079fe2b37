using Microsoft.AspNetCore.Mvc.Rendering;

namespace Pledgewatch.Web.Shared;

/// <summary>Chinese first; English when the visitor switches (a cookie, <c>/lang/en</c>).</summary>
public static class Language
{
    private const string Cookie = "lang";

    public static bool IsEnglish(HttpContext context) => context.Items[Cookie] is "en";

    /// <summary>The text in the visitor's language.</summary>
    public static string T(this IHtmlHelper html, string zh, string en) => IsEnglish(html.ViewContext.HttpContext) ? en : zh;

    public static IApplicationBuilder UseLanguage(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            context.Items[Cookie] = context.Request.Cookies[Cookie] == "en" ? "en" : "zh";
            await next();
        });
        app.MapGet("/lang/{code}", (string code, string? back, HttpContext context) =>
        {
            context.Response.Cookies.Append(Cookie, code == "en" ? "en" : "zh", new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365) });
            return Results.LocalRedirect(Redirects.IsLocalPath(back) ? back! : "/");
        }).ExcludeFromDescription();
        return app;
    }
}
