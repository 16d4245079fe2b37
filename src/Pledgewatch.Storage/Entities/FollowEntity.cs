namespace Pledgewatch.Storage.Entities;

/// <summary>
/// Someone following a region, an indicator, a project or a ballot by e-mail: active once the
/// address confirmed it, deleted (address and all) when it is ended.
/// </summary>
public sealed class FollowEntity
{
    public long Id { get; set; }

    /// <summary>What is followed: <c>region</c>, <c>indicator</c>, <c>project</c> or <c>ballot</c> (<see cref="Following.Topic"/>).</summary>
    public required string Topic { get; set; }

    /// <summary>Which one: a region's id, an indicator's name, a project's or a ballot's id.</summary>
    public required string TopicKey { get; set; }

    /// <summary>The address, as given (trimmed); never shown on a public page.</summary>
    public required string Email { get; set; }

    /// <summary>The language its e-mails are written in: <c>zh</c> or <c>en</c>.</summary>
    public required string Language { get; set; }

    /// <summary>The secret in its confirm and unsubscribe links.</summary>
    public required string Token { get; set; }

    /// <summary>The site its links point to (the address the follow came from, or the configured one).</summary>
    public required string SiteUrl { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the link in the confirmation e-mail was opened; until then nothing else is sent.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
}
