using System.Net.Mail;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Following;

/// <summary>What asking to follow did.</summary>
public enum FollowOutcome
{
    /// <summary>A new follow: a confirmation e-mail is queued; nothing else is sent until its link is opened.</summary>
    Confirming,

    /// <summary>The address asked before and has not confirmed: the confirmation is queued again (at most every ten minutes).</summary>
    ConfirmingAgain,

    /// <summary>The address follows this already; nothing is sent (and nothing tells a stranger so).</summary>
    Following,
}

/// <summary>
/// Follows by e-mail: asked for by anyone (the address confirms it), ended in one click by the link
/// in every e-mail. The address is used for nothing else and is deleted with the follow.
/// </summary>
public sealed class Followers(PledgewatchStore store, TimeProvider? clock = null)
{
    /// <summary>How long before a second confirmation e-mail is queued for the same follow.</summary>
    public static readonly TimeSpan ConfirmationPause = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The address in its stored form, or null when it is not one address (no name, no list, at most 254 characters).</summary>
    public static string? Address(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254 || trimmed.Contains(' ', StringComparison.Ordinal)
            || !MailAddress.TryCreate(trimmed, out var address) || address.Address != trimmed || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        return trimmed;
    }

    /// <summary>Asks to follow <paramref name="topic"/>/<paramref name="key"/> at <paramref name="email"/> (already checked by <see cref="Address"/>).</summary>
    public async Task<FollowOutcome> FollowAsync(string topic, string key, string email, string language, string siteUrl, CancellationToken ct = default)
    {
        if (!Topic.IsKnown(topic))
        {
            throw new StoreException($"nothing called '{topic}' can be followed");
        }

        var address = Address(email) ?? throw new StoreException("not an e-mail address");
        var now = _clock.GetUtcNow();
        return await Retry.OnConflictAsync(async () =>
        {
            await using var db = store.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var follow = await db.Follows.FirstOrDefaultAsync(f => f.Topic == topic && f.TopicKey == key && f.Email == address, ct);
            FollowOutcome outcome;
            if (follow is null)
            {
                follow = new FollowEntity
                {
                    Topic = topic, TopicKey = key, Email = address, Language = language == "en" ? "en" : "zh",
                    Token = NewToken(), SiteUrl = siteUrl.TrimEnd('/'), CreatedAt = now,
                };
                db.Follows.Add(follow);
                await db.SaveChangesAsync(ct);
                outcome = FollowOutcome.Confirming;
            }
            else if (follow.ConfirmedAt is not null)
            {
                return FollowOutcome.Following;
            }
            else
            {
                outcome = FollowOutcome.ConfirmingAgain;
            }

            // One confirmation e-mail per follow, queued again only when the last was sent a while ago.
            var last = await db.Mail.Where(m => m.FollowId == follow.Id && m.NoticeId == null).FirstOrDefaultAsync(ct);
            if (last is null)
            {
                db.Mail.Add(new MailEntity { FollowId = follow.Id, CreatedAt = now });
            }
            else if (last.SentAt is { } sent && now - sent >= ConfirmationPause)
            {
                last.SentAt = null;
                last.Attempts = 0;
                last.Error = null;
                last.CreatedAt = now;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return outcome;
        });
    }

    /// <summary>The follow whose link this is, or null.</summary>
    public async Task<FollowEntity?> FindAsync(string token, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Follows.AsNoTracking().FirstOrDefaultAsync(f => f.Token == token, ct);
    }

    /// <summary>Confirms the follow whose link was opened (again is harmless); null when there is none.</summary>
    public async Task<FollowEntity?> ConfirmAsync(string token, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var follow = await db.Follows.FirstOrDefaultAsync(f => f.Token == token, ct);
        if (follow is null)
        {
            return null;
        }

        follow.ConfirmedAt ??= _clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return follow;
    }

    /// <summary>Ends the follow whose link this is: the address and its e-mails are deleted. False when there was none (ended before).</summary>
    public async Task<bool> UnfollowAsync(string token, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var follow = await db.Follows.FirstOrDefaultAsync(f => f.Token == token, ct);
        if (follow is null)
        {
            return false;
        }

        await db.Mail.Where(m => m.FollowId == follow.Id).ExecuteDeleteAsync(ct);
        db.Follows.Remove(follow);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>How many confirmed addresses follow a thing (shown as a count, never as addresses).</summary>
    public async Task<int> CountAsync(string topic, string key, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Follows.CountAsync(f => f.Topic == topic && f.TopicKey == key && f.ConfirmedAt != null, ct);
    }

    /// <summary>The name of a followable thing (a region's or indicator's name, a project's, ballot's or suggestion's title, a case's number and category), or null when there is none.</summary>
    public async Task<string?> NameAsync(string topic, string key, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var number = long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : (long?)null;
        return topic switch
        {
            Topic.Region when number is { } id => await db.Regions.AsNoTracking().Where(r => r.Id == id).Select(r => r.Name).FirstOrDefaultAsync(ct),
            Topic.Indicator => await db.Claims.AsNoTracking().AnyAsync(c => c.Indicator == key, ct) ? key : null,
            Topic.Project when number is { } id => await db.Projects.AsNoTracking().Where(p => p.Id == id).Select(p => p.Name).FirstOrDefaultAsync(ct),
            Topic.Ballot when number is { } id => await db.Ballots.AsNoTracking().Where(b => b.Id == id).Select(b => b.Title).FirstOrDefaultAsync(ct),
            Topic.Suggestion when number is { } id => await db.Suggestions.AsNoTracking().Where(s => s.Id == id).Select(s => s.Title).FirstOrDefaultAsync(ct),
            Topic.Case when number is { } id => await db.CitizenCases.AsNoTracking().Where(c => c.Id == id).Select(c => "#" + c.Id + " " + c.Category).FirstOrDefaultAsync(ct),
            _ => null,
        };
    }

    private static string NewToken() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}
