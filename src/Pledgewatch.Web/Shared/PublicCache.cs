using Microsoft.AspNetCore.OutputCaching;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Public pages and API reads are served from memory for a short while: anonymous visitors only
/// (the framework never caches a logged-in request or a response that sets a cookie), varied by
/// address, query and language. Every write through the app (a request other than GET, HEAD or
/// OPTIONS that succeeds) evicts, in one place, before its response starts; writes by another
/// process (the command line, a second server) show within <see cref="Lifetime"/>.
/// </summary>
internal static class PublicCache
{
    public const string Policy = "public-data";

    public const string Tag = "data";

    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddPublicCache(this IServiceCollection services) => services.AddOutputCache(o =>
    {
        o.AddPolicy(Policy, b => b
            .Expire(Lifetime)
            .Tag(Tag)
            .SetVaryByQuery("*")
            .VaryByValue(context => new KeyValuePair<string, string>("lang", Language.IsEnglish(context) ? "en" : "zh")));
    });

    /// <summary>
    /// After a successful write every cached page may show old figures: the cache is emptied before the
    /// write's response is sent, so the next page the writer opens is read anew.
    /// </summary>
    public static IApplicationBuilder UseEvictionAfterWrites(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)))
        {
            context.Response.OnStarting(async () =>
            {
                if (context.Response.StatusCode < 400)
                {
                    var store = context.RequestServices.GetRequiredService<IOutputCacheStore>();
                    await store.EvictByTagAsync(Tag, CancellationToken.None);
                }
            });
        }

        await next(context);
    });
}
