using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Shared;

/// <summary>Chinese first; English when the visitor switches (a cookie, <c>/lang/en</c>).</summary>
public static class Language
{
    private const string Cookie = "lang";

    public static bool IsEnglish(HttpContext context) => context.Items[Cookie] is "en";

    /// <summary>The text in the visitor's language.</summary>
    public static string T(this IHtmlHelper html, string zh, string en) => IsEnglish(html.ViewContext.HttpContext) ? en : zh;

    /// <summary>The visitor's language, for words built from parts (verdict reasons, amounts).</summary>
    public static ReaderLanguage Reader(this IHtmlHelper html) => IsEnglish(html.ViewContext.HttpContext) ? ReaderLanguage.English : ReaderLanguage.Chinese;

    /// <summary>The visitor's language as an address writes it (lang=zh or en), for export links that keep it.</summary>
    public static string LanguageCode(this IHtmlHelper html) => IsEnglish(html.ViewContext.HttpContext) ? "en" : "zh";

    /// <summary>The visitor's language, outside a page (exports, problem details).</summary>
    public static ReaderLanguage Reader(HttpContext context) => IsEnglish(context) ? ReaderLanguage.English : ReaderLanguage.Chinese;

    /// <summary>
    /// Data as the documents or the users wrote it (a region, an indicator, a sentence, a title),
    /// marked so that neither a translator nor the language check takes it for the page's words.
    /// </summary>
    public static IHtmlContent Data(this IHtmlHelper html, object? value) => new DataSpan(value?.ToString() ?? "");

    /// <summary>Words built from parts, the data among them marked as data.</summary>
    public static IHtmlContent Words(this IHtmlHelper html, Phrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var content = new HtmlContentBuilder();
        foreach (var (text, isData) in phrase.Parts)
        {
            if (isData)
            {
                content.AppendHtml(new DataSpan(text));
            }
            else
            {
                content.Append(text);
            }
        }

        return content;
    }

    private sealed class DataSpan(string text) : IHtmlContent
    {
        public void WriteTo(TextWriter writer, HtmlEncoder encoder)
        {
            writer.Write("<span translate=\"no\">");
            encoder.Encode(writer, text);
            writer.Write("</span>");
        }
    }

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
