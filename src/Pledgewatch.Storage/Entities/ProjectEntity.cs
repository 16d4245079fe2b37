namespace Pledgewatch.Storage.Entities;

/// <summary>An adopted livelihood project (民生实事) or a major project (重大项目), with where it is and how it stands.</summary>
public sealed class ProjectEntity
{
    public long Id { get; set; }

    /// <summary>The government that took the project on.</summary>
    public int RegionId { get; set; }

    /// <summary>The district the project is in (the region itself when it is not in one).</summary>
    public int DistrictId { get; set; }

    public int Year { get; set; }

    /// <summary><c>livelihood</c> (民生实事) or <c>major</c> (重大项目).</summary>
    public required string Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>常有善育, 常有优学, …; for major projects the industry.</summary>
    public string? Category { get; set; }

    public string? OwnerDepartment { get; set; }

    public string? Description { get; set; }

    /// <summary>The target as written (“新建幼儿园3所，新增学位2700个”), linked to claims in project_claims.</summary>
    public string? TargetText { get; set; }

    /// <summary>Total investment in 万元.</summary>
    public double? TotalInvestment { get; set; }

    /// <summary>This year's planned investment in 万元.</summary>
    public double? PlannedInvestment { get; set; }

    /// <summary>Investment completed so far in 万元.</summary>
    public double? CompletedInvestment { get; set; }

    /// <summary>The latest reported progress, 0–100.</summary>
    public int Progress { get; set; }

    /// <summary>Places as JSON (WGS-84), see <c>ProjectPlaces</c>.</summary>
    public required string Places { get; set; }

    /// <summary>The ballot candidate it was adopted as, if it came from a vote.</summary>
    public long? CandidateId { get; set; }

    public bool IsSample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
