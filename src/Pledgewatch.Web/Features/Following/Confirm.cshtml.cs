using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Following;

namespace Pledgewatch.Web.Features.Following;

/// <summary>The link in the confirmation e-mail: opening it starts the follow (opening it again changes nothing).</summary>
public sealed class ConfirmModel(Followers followers) : PageModel
{
    public string Token { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Link { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var follow = await followers.ConfirmAsync(token, ct);
        if (follow is null)
        {
            return NotFound();
        }

        Token = follow.Token;
        (Name, Link) = await ManageModel.DescribeAsync(followers, follow, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
