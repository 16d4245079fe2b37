using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;

namespace Pledgewatch.Storage.Following;

/// <summary>An e-mail to send: to whom, and the notice it tells (none: the follow's confirmation).</summary>
public sealed record Outgoing(MailEntity Mail, FollowEntity Follow, NoticeEntity? Notice);

/// <summary>
/// Notices — feed items and the e-mails they are sent as. An import writes its region's notice in
/// its own transaction; <see cref="SweepAsync"/> finds the milestones that slipped and the votes
/// that closed; <see cref="QueueAsync"/> queues one e-mail per confirmed follower; a sender takes
/// them from <see cref="OutboxAsync"/>. A notice's key is unique, so nothing is told twice.
/// </summary>
public sealed class Notices(PledgewatchStore store, TimeProvider? clock = null)
{
    /// <summary>E-mails that failed this often are left alone (their error is kept).</summary>
    public const int MaxAttempts = 5;

    /// <summary>A notice still being completed after this long (its process was killed) is told as it is.</summary>
    public static readonly TimeSpan CompletionWait = TimeSpan.FromMinutes(10);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The notice of a report being stored, for its region's followers and feed.</summary>
    internal static NoticeEntity ForReport(DocumentEntity document, RegionEntity region, int targets, int outcomes, bool complete, DateTimeOffset at) => new()
    {
        Key = $"{NoticeKind.Report}:{document.Id}",
        Topic = Topic.Region,
        TopicKey = RegionKey(region.Id),
        Kind = NoticeKind.Report,
        Facts = new NoticeFacts
        {
            Region = region.Name, Year = document.ReportYear, DocumentId = document.Id, Title = document.Title ?? document.FileName,
            Targets = targets, Outcomes = outcomes, Changes = complete ? [] : null,
        }.ToJson(),
        Link = $"/documents/{document.Id}",
        At = at,
        Ready = complete,
    };

    /// <summary>A region's key as a topic: its id.</summary>
    public static string RegionKey(int regionId) => regionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Completes a report's notice with the verdicts it changed, and lets it be told.</summary>
    public async Task CompleteAsync(long documentId, IReadOnlyList<VerdictShift> changes, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var notice = await db.Notices.FirstOrDefaultAsync(n => n.Key == $"{NoticeKind.Report}:{documentId}", ct);
        if (notice is null)
        {
            return;
        }

        notice.Facts = (NoticeFacts.FromJson(notice.Facts) with { Changes = changes }).ToJson();
        notice.Ready = true;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Notices of the figures a new document gives for followed indicators (only those someone follows by e-mail).</summary>
    public async Task AddFiguresAsync(long documentId, string region, int reportYear, IReadOnlyDictionary<string, IReadOnlyList<string>> sentencesByIndicator, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var names = sentencesByIndicator.Keys.ToList();
        var followed = await db.Follows.Where(f => f.Topic == Topic.Indicator && names.Contains(f.TopicKey)).Select(f => f.TopicKey).Distinct().ToListAsync(ct);
        foreach (var indicator in followed)
        {
            await AddAsync(db, new NoticeEntity
            {
                Key = $"{NoticeKind.Figures}:{documentId}:{indicator}",
                Topic = Topic.Indicator,
                TopicKey = indicator,
                Kind = NoticeKind.Figures,
                Facts = new NoticeFacts { Region = region, Year = reportYear, DocumentId = documentId, Title = indicator, Sentences = [.. sentencesByIndicator[indicator].Take(3)] }.ToJson(),
                Link = $"/indicators/{Uri.EscapeDataString(indicator)}",
                At = _clock.GetUtcNow(),
                Ready = true,
            }, ct);
        }
    }

    /// <summary>
    /// Finds what happened without anyone storing it: milestones whose planned day passed unreached
    /// (told the day after, China time) and ballots closed with a result. Returns the notices added.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        var today = global::Pledgewatch.Projects.ChinaTime.Today(_clock);
        var added = 0;
        await using var db = store.CreateContext();
        var late = await (from m in db.Milestones.AsNoTracking()
                          join p in db.Projects.AsNoTracking() on m.ProjectId equals p.Id
                          where m.Actual == null && m.Planned < today
                          select new { m.Id, m.Name, m.Planned, m.ProjectId, Project = p.Name, p.IsSample }).ToListAsync(ct);
        var keys = await db.Notices.AsNoTracking().Where(n => n.Kind == NoticeKind.Slip || n.Kind == NoticeKind.Result).Select(n => n.Key).ToListAsync(ct);
        var told = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var m in late)
        {
            // The planned day is part of the key: a milestone planned again and missed again is told again.
            var key = $"{NoticeKind.Slip}:{m.Id}:{m.Planned:yyyyMMdd}";
            if (!told.Contains(key) && await AddAsync(db, new NoticeEntity
            {
                Key = key, Topic = Topic.Project, TopicKey = m.ProjectId.ToString(System.Globalization.CultureInfo.InvariantCulture), Kind = NoticeKind.Slip,
                Facts = new NoticeFacts { Title = m.Project, Milestone = m.Name, Planned = m.Planned, Sample = m.IsSample }.ToJson(),
                Link = $"/projects/{m.ProjectId}",
                At = new DateTimeOffset(m.Planned.AddDays(1).ToDateTime(TimeOnly.MinValue), global::Pledgewatch.Projects.ChinaTime.Offset).ToUniversalTime(),
                Ready = true,
            }, ct))
            {
                added++;
            }
        }

        var closed = await db.Ballots.AsNoTracking().Where(b => b.ClosedAt != null).Select(b => new { b.Id, b.Title, b.Year, b.Kind, b.ClosedAt, b.IsSample }).ToListAsync(ct);
        foreach (var b in closed.Where(b => !told.Contains($"{NoticeKind.Result}:{b.Id}")))
        {
            int? papers = null;
            IReadOnlyList<string>? adopted = null;
            if (b.Kind == BallotKind.Vote && await new Ballots(store, _clock).TallyAsync(b.Id, ct) is { } tally)
            {
                papers = tally.Tally.Papers;
                var names = tally.Candidates.ToDictionary(c => c.Id, c => c.Title);
                adopted = [.. tally.Tally.Adopted.OrderBy(c => c.Rank).Select(c => names.GetValueOrDefault(c.Candidate, "?"))];
            }

            if (await AddAsync(db, new NoticeEntity
            {
                Key = $"{NoticeKind.Result}:{b.Id}", Topic = Topic.Ballot, TopicKey = b.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Kind = NoticeKind.Result,
                Facts = new NoticeFacts { Title = b.Title, Year = b.Year, Papers = papers, Adopted = adopted, Sample = b.IsSample }.ToJson(),
                Link = $"/ballots/{b.Id}",
                At = b.ClosedAt ?? now,
                Ready = true,
            }, ct))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>
    /// Queues one e-mail per notice and confirmed follower (confirmed before the notice happened);
    /// a notice whose completion was cut off is told as it is. Returns the e-mails queued.
    /// </summary>
    public async Task<int> QueueAsync(CancellationToken ct = default)
    {
        var now = _clock.GetUtcNow();
        await using var db = store.CreateContext();
        // (Times are compared here, not in SQL: SQLite keeps them as text.)
        var stale = now - CompletionWait;
        var unfinished = await db.Notices.Where(n => !n.Ready).ToListAsync(ct);
        foreach (var notice in unfinished.Where(n => n.At < stale))
        {
            notice.Ready = true;
        }

        await db.SaveChangesAsync(ct);
        var queued = 0;
        foreach (var notice in await db.Notices.Where(n => n.Ready && n.QueuedAt == null).OrderBy(n => n.Id).Take(500).ToListAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var followers = (await db.Follows.Where(f => f.Topic == notice.Topic && f.TopicKey == notice.TopicKey && f.ConfirmedAt != null)
                .Select(f => new { f.Id, f.ConfirmedAt }).ToListAsync(ct)).Where(f => f.ConfirmedAt <= notice.At).Select(f => f.Id).ToList();
            foreach (var follower in followers)
            {
                db.Mail.Add(new MailEntity { FollowId = follower, NoticeId = notice.Id, CreatedAt = now });
            }

            notice.QueuedAt = now;
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            queued += followers.Count;
        }

        return queued;
    }

    /// <summary>A followed thing's notices, newest first: its feed.</summary>
    public async Task<IReadOnlyList<NoticeEntity>> FeedAsync(string topic, string key, int take = 50, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var newest = await db.Notices.AsNoTracking().Where(n => n.Topic == topic && n.TopicKey == key && n.Ready)
            .OrderByDescending(n => n.Id).Take(Math.Clamp(take, 1, 200)).ToListAsync(ct);
        return [.. newest.OrderByDescending(n => n.At).ThenByDescending(n => n.Id)];
    }

    /// <summary>E-mails not sent yet (and not given up on), oldest first.</summary>
    public async Task<IReadOnlyList<Outgoing>> OutboxAsync(int take = 100, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var rows = await (from m in db.Mail.AsNoTracking()
                          join f in db.Follows.AsNoTracking() on m.FollowId equals f.Id
                          join n in db.Notices.AsNoTracking() on m.NoticeId equals n.Id into told
                          from n in told.DefaultIfEmpty()
                          where m.SentAt == null && m.Attempts < MaxAttempts
                          orderby m.Id
                          select new { m, f, n }).Take(take).ToListAsync(ct);
        return [.. rows.Select(r => new Outgoing(r.m, r.f, r.n))];
    }

    /// <summary>Marks an e-mail sent, or records why it was not (it is tried again until <see cref="MaxAttempts"/>).</summary>
    public async Task MarkAsync(long mailId, string? error, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var now = _clock.GetUtcNow();
        if (error is null)
        {
            await db.Mail.Where(m => m.Id == mailId).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.Error, (string?)null), ct);
        }
        else
        {
            var line = error.Length > 500 ? error[..500] : error;
            await db.Mail.Where(m => m.Id == mailId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1).SetProperty(m => m.Error, line), ct);
        }
    }

    private static async Task<bool> AddAsync(PledgewatchDb db, NoticeEntity notice, CancellationToken ct)
    {
        if (await db.Notices.AnyAsync(n => n.Key == notice.Key, ct))
        {
            return false;
        }

        db.Notices.Add(notice);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.Entry(notice).State = EntityState.Detached;
            if (await db.Notices.AnyAsync(n => n.Key == notice.Key, ct))
            {
                // Another sweep added it first.
                return false;
            }

            throw;
        }
    }
}
