namespace Pledgewatch.Storage.Entities;

/// <summary>An eligible deputy on a ballot's roster.</summary>
public sealed class DeputyEntity
{
    public long Id { get; set; }

    public long BallotId { get; set; }

    /// <summary>The deputy's code on the roster (unique per ballot).</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The account the deputy logs in with, if any.</summary>
    public string? UserName { get; set; }

    public bool IsSample { get; set; }
}
