using Microsoft.AspNetCore.Authentication.Cookies;

namespace Pledgewatch.Web.Shared;

/// <summary>Accounts in the web app: the login cookie, the failed-login throttle and the role policies.</summary>
internal static class Accounts
{
    /// <summary>A cookie after login, refused once its session was ended (Secure behind TLS); the policies of <see cref="Policies"/>.</summary>
    public static IServiceCollection AddPledgewatchAccounts(this IServiceCollection services, bool https)
    {
        services.AddSingleton<LoginThrottle>();
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(o =>
        {
            o.Cookie.SecurePolicy = https ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.Events.OnValidatePrincipal = Pledgewatch.Web.Features.Account.LoginModel.ValidateAsync;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Name = "pledgewatch";
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.Events.OnRedirectToLogin = c => Redirects.ApiOr(c, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = c => Redirects.ApiOr(c, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, p => p.RequireRole(Policies.EditorRoles))
            .AddPolicy(Policies.Ballots, p => p.RequireRole(Policies.OfficeRoles))
            .AddPolicy(Policies.Admin, p => p.RequireRole("admin"))
            .AddPolicy(Policies.Deputy, p => p.RequireRole("deputy"));
        return services;
    }
}
