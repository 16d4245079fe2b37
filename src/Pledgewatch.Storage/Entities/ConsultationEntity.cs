namespace Pledgewatch.Storage.Entities;

/// <summary>A draft regulation out for comment (立法征求意见): articles, window and comments as JSON (a <c>Pledgewatch.Suggestions.Consultation</c>).</summary>
public sealed class ConsultationEntity : Suggestions.IWorkflowRow
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    public required string Title { get; set; }

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }

    public required string Data { get; set; }

    public int Version { get; set; }

    public bool IsSample { get; set; }
}
