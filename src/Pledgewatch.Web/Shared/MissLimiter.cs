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
            context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>True when this expensive read may go ahead.</summary>
    public bool TryAcquire(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context);
        return lease.IsAcquired;
    }

    /// <summary>The API's answer when it may not.</summary>
    public static IResult TooMany() => Results.Problem(
        detail: "too many uncached reads from this address; try again in a minute", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");

    public void Dispose() => _limiter.Dispose();
}
