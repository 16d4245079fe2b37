using Microsoft.AspNetCore.Mvc.Rendering;

namespace Pledgewatch.Web.Shared;

/// <summary>Chinese first; English when the visitor switches (a cookie, <c>/lang/en</c>).</summary>
public static class Language
{
    private const string Cookie = "lang";

    public static bool IsEnglish(HttpContext context) => context.Items[Cookie] is "en";

    /// <summary>The text in the visitor's language.</summary>
    public static string T(this IHtmlHelper html, string zh, string en) => IsEnglish(html.ViewContext.HttpContext) ? en : zh;

    /// <summary>A moment in China's time, to the minute, with the zone named: 2026-12-03 22:00 北京时间.</summary>
    public static string ChinaTime(this IHtmlHelper html, DateTimeOffset at) =>
        $"{Pledgewatch.Projects.ChinaTime.Format(at)} {html.T("北京时间", "Beijing time")}";

    /// <summary>The day of a moment in China's time: 2026-12-03.</summary>
    public static string ChinaDay(this IHtmlHelper html, DateTimeOffset at) => Pledgewatch.Projects.ChinaTime.Format(at, "yyyy-MM-dd");

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
