using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Projects;

/// <summary>Which projects to list; every part optional.</summary>
public sealed record ProjectFilter(int? Year = null, string? Category = null, int? DistrictId = null, ScheduleStatus? Status = null, string? Kind = null, int? RegionId = null);

/// <summary>A project as listed and mapped: where it is, its milestones (by planned day) and how it stands today.</summary>
public sealed record ProjectSummary(ProjectEntity Project, string Region, string District, ScheduleStatus Status, Slip? Slip, IReadOnlyList<Place> Places, IReadOnlyList<MilestoneEntity> Milestones)
{
    /// <summary>Completed over total investment, when both are known.</summary>
    public double? InvestmentRate => Project.TotalInvestment is > 0 && Project.CompletedInvestment is { } done ? done / Project.TotalInvestment : null;
}

/// <summary>A project with its progress, linked claims, approved feedback and ratings.</summary>
public sealed record ProjectDetail(
    ProjectSummary Summary,
    IReadOnlyList<ProgressUpdateEntity> Updates,
    IReadOnlyList<ClaimEntity> Claims,
    IReadOnlyList<FeedbackEntity> Feedback,
    IReadOnlyList<(BallotEntity Ballot, RatingCount Count)> Ratings);
