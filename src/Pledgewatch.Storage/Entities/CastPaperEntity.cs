namespace Pledgewatch.Storage.Entities;

/// <summary>A paper as cast: the marks only, under a random id, with no deputy and no time.</summary>
public sealed class CastPaperEntity
{
    public Guid Id { get; set; }

    public long BallotId { get; set; }

    /// <summary>candidate:mark pairs, A 赞成, O 反对, X 弃权: <c>12:A,13:O,14:X</c>.</summary>
    public required string Marks { get; set; }
}
