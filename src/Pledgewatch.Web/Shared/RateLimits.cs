using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Pledgewatch.Web.Shared;

internal static class RateLimits
{
    public static IServiceCollection AddPledgewatchRateLimits(this IServiceCollection services) => services.AddRateLimiter(o =>
    {
        o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        o.AddPolicy(Policies.Login, context => RateLimitPartition.GetFixedWindowLimiter(
            Client(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        o.AddPolicy(Policies.Writes, context => RateLimitPartition.GetFixedWindowLimiter(
            Client(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    });

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
