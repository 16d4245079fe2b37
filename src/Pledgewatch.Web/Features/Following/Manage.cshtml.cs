using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Following;

namespace Pledgewatch.Web.Features.Following;

/// <summary>A follow by its link: what is followed, and one button to stop. The address is shown to the link's holder only.</summary>
public sealed class ManageModel(Followers followers) : PageModel
{
    public FollowEntity? Follow { get; private set; }

    public string Name { get; private set; } = "";

    public string Link { get; private set; } = "/";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Follow = await followers.FindAsync(token, ct);
        if (Follow is null)
        {
            return NotFound();
        }

        (Name, Link) = await DescribeAsync(followers, Follow, ct);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The followed thing's name and page.</summary>
    internal static async Task<(string Name, string Link)> DescribeAsync(Followers followers, FollowEntity follow, CancellationToken ct)
    {
        var name = await followers.NameAsync(follow.Topic, follow.TopicKey, ct) ?? follow.TopicKey;
        var link = follow.Topic switch
        {
            Topic.Region => $"/regions/{follow.TopicKey}",
            Topic.Indicator => $"/indicators/{Uri.EscapeDataString(follow.TopicKey)}",
            Topic.Project => $"/projects/{follow.TopicKey}",
            _ => $"/ballots/{follow.TopicKey}",
        };
        return (name, link);
    }
}
