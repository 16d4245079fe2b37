namespace Pledgewatch.Storage.Entities;

/// <summary>A candidate livelihood project on a ballot.</summary>
public sealed class CandidateEntity
{
    public long Id { get; set; }

    public long BallotId { get; set; }

    public int Ordinal { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>常有善育, 常有优学, …</summary>
    public string? Category { get; set; }

    /// <summary>Estimated budget in 元.</summary>
    public double? Budget { get; set; }

    public string? OwnerDepartment { get; set; }

    /// <summary>department, deputy proposal, citizen suggestion.</summary>
    public string? Source { get; set; }

    /// <summary>Where the project would be, as JSON (WGS-84), see <c>ProjectPlaces</c>; carried to the project when adopted.</summary>
    public string? Places { get; set; }

    /// <summary>The district the project would be in, if not the ballot's region as a whole.</summary>
    public int? DistrictId { get; set; }

    /// <summary>On a rating ballot: the project rated.</summary>
    public long? ProjectId { get; set; }

    public bool IsSample { get; set; }
}
