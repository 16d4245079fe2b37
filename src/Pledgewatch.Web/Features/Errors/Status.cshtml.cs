using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Errors;

/// <summary>
/// Every error ends here: problem details for the API, a plain page for people. Never a stack trace.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel(IProblemDetailsService problems) : PageModel
{
    public int Code { get; private set; }

    public string Message { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync() => await Handle(RouteCode());

    // No parameters to bind: the request re-executed here may carry a form too large to read again.
    public async Task<IActionResult> OnPostAsync() => await Handle(RouteCode());

    private int RouteCode() => int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;

    private async Task<IActionResult> Handle(int code)
    {
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path
            ?? "";
        Code = code is >= 400 and <= 599 ? code : 500;
        var english = Language.IsEnglish(HttpContext);
        Message = Code switch
        {
            400 => english ? "The request is malformed: check the address and its parameters." : "请求格式有误，请检查地址和参数。",
            401 => english ? "Please log in." : "请先登录。",
            403 => english ? "Your account may not do this." : "您的账户没有此权限。",
            404 => english ? "There is no such page, region or year." : "没有这个页面、地区或年度。",
            413 => english ? "The file is too large." : "文件太大。",
            429 => english ? "Too many requests: wait a minute and try again." : "请求过于频繁，请稍后再试。",
            _ => english ? "Something went wrong on our side. It has been logged." : "服务器出错，已记录。",
        };
        Response.StatusCode = Code;
        if (original.StartsWith("/api", StringComparison.Ordinal))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = Code, Title = ReasonPhrases(Code), Detail = Message },
            });
            return new EmptyResult();
        }

        return Page();
    }

    private static string ReasonPhrases(int code) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code);
}
