namespace Pledgewatch.Storage.Entities;

/// <summary>
/// Something that happened to a followed thing — a new report, verdicts changed, a milestone
/// slipped, a vote's result — kept as data (worded per language when shown), one feed item,
/// and the e-mails it is sent as.
/// </summary>
public sealed class NoticeEntity
{
    public long Id { get; set; }

    /// <summary>Unique: what it tells, so a sweep that finds the same slip twice tells it once (<c>report:123</c>, <c>slip:45</c>).</summary>
    public required string Key { get; set; }

    public required string Topic { get; set; }

    public required string TopicKey { get; set; }

    /// <summary><c>report</c>, <c>slip</c> or <c>result</c> (<see cref="Following.NoticeKind"/>).</summary>
    public required string Kind { get; set; }

    /// <summary>The facts as JSON (<see cref="Following.NoticeFacts"/>).</summary>
    public required string Facts { get; set; }

    /// <summary>The page it links to, from the site's root.</summary>
    public required string Link { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>False while the facts are being completed (the verdicts an import changed); sent and shown once true.</summary>
    public bool Ready { get; set; }

    /// <summary>Set once its e-mails were queued, one per confirmed follower.</summary>
    public DateTimeOffset? QueuedAt { get; set; }
}
