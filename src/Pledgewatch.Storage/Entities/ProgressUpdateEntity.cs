namespace Pledgewatch.Storage.Entities;

/// <summary>A progress report on a project: percentage, words, day, author, and an optional photo.</summary>
public sealed class ProgressUpdateEntity
{
    public long Id { get; set; }

    public long ProjectId { get; set; }

    public int Percent { get; set; }

    public required string Text { get; set; }

    public DateOnly On { get; set; }

    public required string Author { get; set; }

    public Guid? PhotoId { get; set; }
}
