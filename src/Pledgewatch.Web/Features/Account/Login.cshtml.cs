using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Accounts;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Account;

/// <summary>
/// Log-in. Only failures count against a limit: per account (a lockout that expires, settings
/// Login:MaxFailures and Login:LockoutMinutes) and per address (<see cref="LoginThrottle"/>).
/// </summary>
public sealed class LoginModel(UserDirectory users, LoginThrottle throttle, IConfiguration configuration, TimeProvider clock) : PageModel
{
    /// <summary>The claim that carries the account's session stamp (checked on every request).</summary>
    public const string StampClaim = "pledgewatch:session";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string Name { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var english = Language.IsEnglish(HttpContext);
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.IsBlocked(address))
        {
            Error = english ? "Too many failed log-ins from this address; try again later." : "此地址登录失败次数过多，请稍后再试。";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var result = await users.LogInAsync(
            Name ?? "", Password ?? "", configuration.GetValue("Login:MaxFailures", 5),
            TimeSpan.FromMinutes(configuration.GetValue("Login:LockoutMinutes", 15.0)), clock, ct);
        if (result.User is not { } user)
        {
            throttle.RecordFailure(address);
            if (result.LockedUntil is { } until)
            {
                var local = until.ToOffset(TimeSpan.FromHours(8)).ToString("HH:mm", CultureInfo.InvariantCulture);
                Error = english ? $"This account is locked after repeated failed log-ins; try again after {local} (Beijing time)." : $"该账户因多次登录失败已暂时锁定，请于北京时间 {local} 后再试。";
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
            }
            else
            {
                Error = english ? "Wrong user name or password." : "用户名或密码错误。";
            }

            return Page();
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role),
                new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(CultureInfo.InvariantCulture)), new Claim(StampClaim, user.SessionStamp),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    /// <summary>Refuses a cookie whose session was ended (log-out elsewhere) or whose account is gone.</summary>
    internal static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(StampClaim);
        var users = context.HttpContext.RequestServices.GetRequiredService<UserDirectory>();
        if (id is null || stamp is null || !int.TryParse(id, CultureInfo.InvariantCulture, out var userId)
            || await users.SessionStampAsync(userId, context.HttpContext.RequestAborted) != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
