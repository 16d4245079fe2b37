namespace Pledgewatch.Storage.Entities;

/// <summary>A claim (a target or an outcome in a report) that a project's target answers.</summary>
public sealed class ProjectClaimEntity
{
    public long ProjectId { get; set; }

    public long ClaimId { get; set; }
}
