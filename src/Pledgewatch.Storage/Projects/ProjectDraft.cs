using Pledgewatch.Projects;

namespace Pledgewatch.Storage.Projects;

/// <summary>What an editor writes about a project; investments in 万元.</summary>
public sealed record ProjectDraft(
    string Region,
    string? District,
    int Year,
    string Kind,
    string Name,
    string? Category,
    string? OwnerDepartment,
    string? Description,
    string? TargetText,
    double? TotalInvestment,
    double? PlannedInvestment,
    double? CompletedInvestment,
    IReadOnlyList<Place> Places,
    bool IsSample)
{
    public const string Livelihood = "livelihood", Major = "major";
}
