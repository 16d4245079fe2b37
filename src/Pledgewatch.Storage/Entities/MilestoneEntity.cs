namespace Pledgewatch.Storage.Entities;

/// <summary>A planned milestone of a project and the day it was reached.</summary>
public sealed class MilestoneEntity
{
    public long Id { get; set; }

    public long ProjectId { get; set; }

    public required string Name { get; set; }

    public DateOnly Planned { get; set; }

    public DateOnly? Actual { get; set; }
}
