using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// The cache cannot be bypassed with made-up query parameters: before the output cache sees an anonymous
/// GET, every query key that no page or endpoint reads is dropped (<c>?nc=random</c> is the same page as
/// without it, and one cache entry). The keys are read once from the app itself: the pages' bound
/// properties and GET handlers' parameters, and the API handlers' parameters.
/// </summary>
internal static class QueryKeys
{
    /// <summary>Keys the framework itself reads: a page's handler.</summary>
    private static readonly string[] Framework = ["handler"];

    public static IApplicationBuilder UseKnownQueryKeysOnly(this WebApplication app)
    {
        HashSet<string>? known = null;
        app.Use(async (context, next) =>
        {
            if (context.Request.QueryString.HasValue && HttpMethods.IsGet(context.Request.Method) && context.User.Identity?.IsAuthenticated != true)
            {
                known ??= Collect(context.RequestServices.GetRequiredService<EndpointDataSource>());
                var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
                if (query.Keys.Any(k => !known.Contains(k)))
                {
                    var kept = query.Where(q => known.Contains(q.Key)).SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, (string?)v)));
                    context.Request.QueryString = QueryString.Create(kept);
                }
            }

            await next();
        });
        return app;
    }

    private static HashSet<string> Collect(EndpointDataSource endpoints)
    {
        var keys = new HashSet<string>(Framework, StringComparer.OrdinalIgnoreCase);
        foreach (var page in typeof(QueryKeys).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t)))
        {
            foreach (var property in page.GetProperties())
            {
                if (property.GetCustomAttribute<BindPropertyAttribute>() is { SupportsGet: true } bind)
                {
                    keys.Add(bind.Name ?? property.Name);
                }
            }

            foreach (var handler in page.GetMethods().Where(m => m.Name.StartsWith("OnGet", StringComparison.Ordinal)))
            {
                AddParameters(keys, handler);
            }
        }

        foreach (var endpoint in endpoints.Endpoints)
        {
            if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
            {
                AddParameters(keys, method);
            }
        }

        return keys;
    }

    private static void AddParameters(HashSet<string> keys, MethodInfo method)
    {
        foreach (var parameter in method.GetParameters())
        {
            keys.Add(parameter.GetCustomAttribute<FromQueryAttribute>()?.Name ?? parameter.Name ?? "");
        }
    }
}
