using Pledgewatch.Storage;
using Pledgewatch.Storage.Suggestions;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Web.Features.Cases;

/// <summary>
/// The settings of citizens' cases: the categories offered (<c>Cases:Categories</c>), the routing
/// rules (<c>Cases:Routes:0:Category</c>, <c>:District</c>, <c>:Department</c>; a case no rule takes
/// goes to the 12345 office) and each category's timers in working days (<c>Cases:Timers:{category}:AcceptDays</c>,
/// <c>:ReplyDays</c>; 1 and 15 by default).
/// </summary>
public static class CaseSettings
{
    public static readonly IReadOnlyList<string> DefaultCategories = ["市容环境", "道路交通", "供水供电", "住房物业", "噪音扰民", "教育", "医疗卫生", "其他"];

    public static IReadOnlyList<string> Categories(IConfiguration configuration) =>
        configuration.GetSection("Cases:Categories").Get<string[]>() is { Length: > 0 } set ? set : DefaultCategories;

    public static CitizenCases Cases(PledgewatchStore store, IConfiguration configuration, TimeProvider clock)
    {
        var routes = configuration.GetSection("Cases:Routes").GetChildren()
            .Select(r => new RouteRule(r["Category"] ?? "", r["District"] is { Length: > 0 } d ? d : null, r["Department"] ?? ""))
            .Where(r => r.Category.Length > 0 && r.Department.Length > 0).ToList();
        var timers = configuration.GetSection("Cases:Timers");
        return new CitizenCases(store, routes, category => new CaseTimers(
            timers.GetValue($"{category}:AcceptDays", timers.GetValue("AcceptDays", 1)),
            timers.GetValue($"{category}:ReplyDays", timers.GetValue("ReplyDays", 15))), clock: clock);
    }
}
