using Pledgewatch.Geo;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Web.Features.Projects;

/// <summary>A project as the API and the map see it; places in WGS-84 with their GCJ-02 twin for Chinese tile layers.</summary>
internal static class ProjectJson
{
    public static object Summary(ProjectSummary s) => new
    {
        id = s.Project.Id,
        name = s.Project.Name,
        kind = s.Project.Kind,
        region = s.Region,
        district = s.District,
        year = s.Project.Year,
        category = s.Project.Category,
        owner = s.Project.OwnerDepartment,
        target = s.Project.TargetText,
        progress = s.Project.Progress,
        status = s.Status.Code(),
        status_reason = s.Slip?.Chinese(),
        slip = s.Slip is { } slip ? new { milestone = slip.Milestone, planned = slip.Planned, days_overdue = slip.Days } : null,
        total_investment = s.Project.TotalInvestment,
        planned_investment = s.Project.PlannedInvestment,
        completed_investment = s.Project.CompletedInvestment,
        investment_rate = s.InvestmentRate,
        sample = s.Project.IsSample,
        places = s.Places.Select(Place),
        url = $"/projects/{s.Project.Id}",
    };

    public static object Place(Place p)
    {
        var gcj = ChinaCoordinates.WgsToGcj(p.Point);
        return new
        {
            name = p.Name,
            lng = p.Point.Lng,
            lat = p.Point.Lat,
            gcj02 = new[] { gcj.Lng, gcj.Lat },
            area = p.Area?.Select(a => new[] { a.Lng, a.Lat }),
            approximate = p.Approximate,
            navigation = Links(p),
        };
    }

    /// <summary>The map apps a place opens in, named in Chinese and English.</summary>
    public static IReadOnlyList<(string App, string AppEnglish, string Url)> NavigationFor(Place p) =>
    [
        ("高德地图", "Amap", NavigationLinks.AmapRoute(p.Point, p.Name)),
        ("百度地图", "Baidu Maps", NavigationLinks.Baidu(p.Point, p.Name)),
        ("腾讯地图", "Tencent Maps", NavigationLinks.TencentRoute(p.Point, p.Name)),
    ];

    private static object Links(Place p) => new
    {
        amap = NavigationLinks.AmapRoute(p.Point, p.Name),
        baidu = NavigationLinks.Baidu(p.Point, p.Name),
        tencent = NavigationLinks.TencentRoute(p.Point, p.Name),
    };
}
