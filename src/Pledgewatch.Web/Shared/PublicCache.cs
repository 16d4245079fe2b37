using Microsoft.AspNetCore.OutputCaching;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// Public pages and API reads are served from memory for a short while: anonymous visitors only
/// (the framework never caches a logged-in request or a response that sets a cookie), varied by
/// address, query and language. Writes through the app evict at once; writes by another process
/// (the command line, a second server) show within <see cref="Lifetime"/>.
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

    /// <summary>After a write: every cached page may show old figures.</summary>
    public static Task EvictAsync(IOutputCacheStore store, CancellationToken ct) => store.EvictByTagAsync(Tag, ct).AsTask();
}
