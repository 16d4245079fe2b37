using System.Threading.RateLimiting;

namespace Pledgewatch.Web.Shared;

internal static class RateLimits
{
    /// <summary>Writes (not reads) per user (or address) and minute; feedback per address and hour; settings RateLimits:Writes, RateLimits:Feedback. Log-ins: <see cref="LoginThrottle"/>.</summary>
    public static IServiceCollection AddPledgewatchRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writes = configuration.GetValue("RateLimits:Writes", 60);
        var feedback = configuration.GetValue("RateLimits:Feedback", 5);
        return services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Citizens need no login to give feedback, so it is limited per address: a few an hour.
            o.AddPolicy(Policies.Feedback, context => RateLimitPartition.GetFixedWindowLimiter(
                Address(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = feedback, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            // A congress hall votes from one address: writes are limited per user once logged in. Only
            // writes count: reading a page that also takes a form (a public suggestion or case) is not one.
            o.AddPolicy(Policies.Writes, context => IsRead(context)
                ? RateLimitPartition.GetNoLimiter("reads")
                : RateLimitPartition.GetFixedWindowLimiter(
                    UserOrAddress(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = writes, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    /// <summary>The partition of a per-user limit: the user once logged in, else the address.</summary>
    public static string UserOrAddress(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : Address(context);

    private static bool IsRead(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method);

    private static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
