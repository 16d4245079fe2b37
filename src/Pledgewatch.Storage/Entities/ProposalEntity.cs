namespace Pledgewatch.Storage.Entities;

/// <summary>
/// A proposed livelihood project, collected before the shortlist: from a department, a deputy's
/// proposal or a citizen's suggestion. Shortlisted onto a ballot it becomes a candidate.
/// </summary>
public sealed class ProposalEntity
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public string? Category { get; set; }

    /// <summary>Estimated budget in 元.</summary>
    public double? Budget { get; set; }

    public string? OwnerDepartment { get; set; }

    /// <summary>部门提出, 代表建议 or 市民建议.</summary>
    public required string Source { get; set; }

    public int? DistrictId { get; set; }

    /// <summary>Places as JSON (WGS-84), see <c>ProjectPlaces</c>.</summary>
    public string? Places { get; set; }

    /// <summary><c>proposed</c>, <c>shortlisted</c> or <c>declined</c>.</summary>
    public required string Status { get; set; }

    /// <summary>The candidate it became when shortlisted.</summary>
    public long? CandidateId { get; set; }

    public required string SubmittedBy { get; set; }

    public DateTimeOffset At { get; set; }

    public bool IsSample { get; set; }
}
