using Pledgewatch.Projects;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>The map's and the API's filters, read from the query the same way.</summary>
internal static class ProjectFilters
{
    public static async Task<(ProjectFilter? Filter, string? Problem)> ParseAsync(RegionQueries regions, int? year, string? category, string? district, string? status, string? kind, CancellationToken ct)
    {
        ScheduleStatus? parsed = null;
        if (!string.IsNullOrEmpty(status))
        {
            parsed = ScheduleStatusNames.Parse(status);
            if (parsed is null)
            {
                return (null, $"status is one of {string.Join(", ", ScheduleStatusNames.All.Select(s => s.Code()))}");
            }
        }

        if (!string.IsNullOrEmpty(kind) && kind is not (ProjectDraft.Livelihood or ProjectDraft.Major))
        {
            return (null, $"kind is {ProjectDraft.Livelihood} or {ProjectDraft.Major}");
        }

        int? districtId = null;
        if (!string.IsNullOrEmpty(district))
        {
            var found = await regions.FindAsync(district, ct);
            if (found is null)
            {
                return (null, $"no district {district}");
            }

            districtId = found.Id;
        }

        return (new ProjectFilter(year, string.IsNullOrEmpty(category) ? null : category, districtId, parsed, string.IsNullOrEmpty(kind) ? null : kind), null);
    }
}
