namespace Pledgewatch.Storage.Entities;

/// <summary>A citizen's feedback on a project: sanitised, held until an editor approves it.</summary>
public sealed class FeedbackEntity
{
    public long Id { get; set; }

    public long ProjectId { get; set; }

    /// <summary>The name the citizen chose to give, if any.</summary>
    public string? Name { get; set; }

    /// <summary>The text, sanitised to plain words and line breaks.</summary>
    public required string Body { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary><c>pending</c>, <c>approved</c> or <c>rejected</c>.</summary>
    public required string Status { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }
}
