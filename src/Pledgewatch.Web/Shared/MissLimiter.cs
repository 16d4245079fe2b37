using System.Threading.RateLimiting;

namespace Pledgewatch.Web.Shared;

/// <summary>
/// The expensive reads (a scorecard built, a search scanned, conflicts and carry-over computed) are
/// limited per address for visitors and per user once logged in. The limiter is asked inside the
/// handler, which runs only when the output cache had no answer: a page served from the cache costs
/// nothing against it, so a hall reading one scorecard is never refused, while someone varying a
/// parameter to force fresh builds is. Setting RateLimits:ExpensiveMisses (per minute, default 120).
/// </summary>
public sealed class MissLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter;

    public MissLimiter(IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimits:ExpensiveMisses", 120);
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            RateLimits.UserOrAddress(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True when this expensive read may go ahead.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    /// <summary>
    /// An API endpoint's filter: it runs only when the endpoint does, that is on a cache miss, and
    /// answers 429 problem details when the limit is reached.
    /// </summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.RequestServices.GetRequiredService<MissLimiter>().TryAcquire(context.HttpContext)
            ? await next(context)
            : Results.Problem(detail: "too many uncached reads from this address; try again in a minute", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");

    public void Dispose() => _limiter.Dispose();
}
