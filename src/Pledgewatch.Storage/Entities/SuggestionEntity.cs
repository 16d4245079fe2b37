namespace Pledgewatch.Storage.Entities;

/// <summary>
/// A deputy's suggestion (代表建议): the workflow's record as JSON (<see cref="Data"/>, a
/// <c>Pledgewatch.Suggestions.DeputySuggestion</c>) with the columns lists and deadlines are read by.
/// Every change goes through the workflow's steps, in one transaction with its audit line.
/// </summary>
public sealed class SuggestionEntity : Suggestions.IWorkflowRow
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    public int Year { get; set; }

    /// <summary>The office's number once registered, e.g. 第0123号 (unique per region and year).</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>The deputy who leads it.</summary>
    public required string Lead { get; set; }

    /// <summary>The workflow's state, as its enum name.</summary>
    public required string State { get; set; }

    public string? LeadDepartment { get; set; }

    /// <summary>When the reply now owed is due.</summary>
    public DateOnly? DueOn { get; set; }

    public bool IsKey { get; set; }

    public bool Supervised { get; set; }

    public required string Data { get; set; }

    /// <summary>Raised by every change: two changes made at once cannot both be saved over the same version.</summary>
    public int Version { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public bool IsSample { get; set; }
}
