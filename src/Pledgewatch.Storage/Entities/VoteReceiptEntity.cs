namespace Pledgewatch.Storage.Entities;

/// <summary>
/// That a deputy voted (and with which submission), never what: the marks are in
/// <see cref="CastPaperEntity"/>, with nothing that leads back here.
/// </summary>
public sealed class VoteReceiptEntity
{
    public long Id { get; set; }

    public long BallotId { get; set; }

    public long DeputyId { get; set; }

    /// <summary>The client's key for this submission: a retry with the same key is the same vote.</summary>
    public Guid SubmissionKey { get; set; }

    public DateTimeOffset At { get; set; }
}
