namespace Pledgewatch.Storage.Entities;

/// <summary>An e-mail waiting to be sent, or sent: a notice to one follower, or a follow's confirmation.</summary>
public sealed class MailEntity
{
    public long Id { get; set; }

    public long FollowId { get; set; }

    /// <summary>The notice it tells; null for the confirmation of the follow.</summary>
    public long? NoticeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed, if it did.</summary>
    public string? Error { get; set; }
}
