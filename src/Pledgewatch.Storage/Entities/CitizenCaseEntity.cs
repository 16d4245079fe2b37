namespace Pledgewatch.Storage.Entities;

/// <summary>
/// A citizen's suggestion or complaint (人民建议, 12345): the workflow's record as JSON with the
/// columns the map, the lists and the timers read. The citizen's name and phone are kept here only,
/// for the department to call back, and never shown on a public page, in the API or an export;
/// the key they rate with is kept as a hash.
/// </summary>
public sealed class CitizenCaseEntity : Suggestions.IWorkflowRow
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    /// <summary>suggestion or complaint.</summary>
    public required string Kind { get; set; }

    public required string Category { get; set; }

    public string? District { get; set; }

    /// <summary>The place (WGS-84) when one was given, rounded for the public map by the reader.</summary>
    public double? Lng { get; set; }

    public double? Lat { get; set; }

    public required string State { get; set; }

    public required string Department { get; set; }

    /// <summary>When the step now owed (accepting, then replying) is due.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>SHA-256 of the key given to the citizen (shown once, never stored).</summary>
    public required string KeyHash { get; set; }

    /// <summary>Private: never on a public page, in the API or an export.</summary>
    public string? ContactName { get; set; }

    /// <summary>Private: never on a public page, in the API or an export.</summary>
    public string? ContactPhone { get; set; }

    /// <summary>Ids of its photos (JSON array), in <c>photos</c>.</summary>
    public string? PhotoIds { get; set; }

    public required string Data { get; set; }

    public int Version { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public bool IsSample { get; set; }
}
