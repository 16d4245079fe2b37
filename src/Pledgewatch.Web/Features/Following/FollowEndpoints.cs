using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Pledgewatch.Storage.Following;
using Pledgewatch.Tracking;
using Pledgewatch.Web.Features.Api;
using Pledgewatch.Web.Shared;

namespace Pledgewatch.Web.Features.Following;

/// <summary>Feeds of what is followed (Atom and RSS, no account needed) and the one-click end of a follow by e-mail.</summary>
internal static class FollowEndpoints
{
    public static IEndpointRouteBuilder MapFollowing(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feeds/{topic}/{key}.{format:regex(^(atom|rss)$)}", Feed).ExcludeFromDescription();
        // RFC 8058: the mail program POSTs "List-Unsubscribe=One-Click"; the page's button posts here too.
        // The token is the secret: no anti-forgery token is needed to end one's own follow.
        app.MapPost("/follow/{token}/unsubscribe", Unfollow).DisableAntiforgery().RequireRateLimiting(Policies.Writes).ExcludeFromDescription();
        return app;
    }

    /// <summary>The link to a feed of one followed thing.</summary>
    public static string FeedLink(string topic, string key, string format) => $"/feeds/{topic}/{Uri.EscapeDataString(key)}.{format}";

    private static async Task<IResult> Feed(HttpContext context, string topic, string key, string format, string? lang, Followers followers, Notices notices, CancellationToken ct)
    {
        if (!Topic.IsKnown(topic) || await followers.NameAsync(topic, key, ct) is not { } name)
        {
            return Problems.NotFound($"nothing to follow at {topic}/{key}");
        }

        var language = lang == "en" || (lang is null && Language.IsEnglish(context)) ? ReaderLanguage.English : ReaderLanguage.Chinese;
        var site = $"{context.Request.Scheme}://{context.Request.Host}";
        var self = site + FeedLink(topic, key, format);
        var items = (await notices.FeedAsync(topic, key, 50, ct)).Select(n =>
        {
            var wording = NoticeText.Of(n, language);
            var item = new SyndicationItem(wording.Subject, wording.Body, new Uri(site + n.Link), $"{site}/feeds/notice/{n.Id}", n.At)
            {
                PublishDate = n.At,
            };
            return item;
        }).ToList();
        var feed = new SyndicationFeed($"Pledgewatch · {name}", NoticeText.TopicWord(topic, language) + " · " + name, new Uri(self), self, items.Count > 0 ? items.Max(i => i.LastUpdatedTime) : DateTimeOffset.UnixEpoch, items)
        {
            Language = language == ReaderLanguage.English ? "en" : "zh-CN",
        };
        var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            if (format == "rss")
            {
                new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(writer);
            }
            else
            {
                new Atom10FeedFormatter(feed).WriteTo(writer);
            }
        }

        return Results.Bytes(buffer.ToArray(), format == "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8");
    }

    private static async Task<IResult> Unfollow(HttpContext context, string token, Followers followers, CancellationToken ct)
    {
        var ended = await followers.UnfollowAsync(token, ct);
        // A browser's form goes on to a page saying so; a mail program only needs the status.
        if (context.Request.HasFormContentType && context.Request.Form.ContainsKey("List-Unsubscribe"))
        {
            return Results.Ok();
        }

        return Results.Redirect(ended ? "/follow/ended" : "/follow/ended?gone=true", permanent: false, preserveMethod: false);
    }
}
