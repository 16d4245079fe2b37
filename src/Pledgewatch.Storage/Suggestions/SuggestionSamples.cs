using Microsoft.EntityFrameworkCore;
using Pledgewatch.Geo;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Storage.Suggestions;

/// <summary>
/// Made-up suggestions, citizens' cases and a draft for comment (all marked as sample) so that a
/// new database shows the three faces of the loop: one item at each step, some late, a hotspot.
/// </summary>
public static class SuggestionSamples
{
    private static readonly Actor Office = new("sample-office", Role.Office);
    private static readonly Actor Deputy = new("sample-deputy", Role.Deputy);
    private static readonly Actor Transport = new("sample-transport", Role.Department, "样例市交通运输局");
    private static readonly Actor Housing = new("sample-housing", Role.Department, "样例市住房城乡建设局");
    private static readonly Actor Streets = new("sample-streets", Role.Department, "样例区城管局");

    /// <returns>False when suggestions already exist (nothing is added).</returns>
    public static async Task<bool> SeedAsync(PledgewatchStore store, string region, TimeProvider? clock = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        clock ??= TimeProvider.System;
        await using (var db = store.CreateContext())
        {
            if (await db.Suggestions.AnyAsync(ct) || await db.CitizenCases.AnyAsync(ct))
            {
                return false;
            }
        }

        // Each item is walked through its steps on the days they happened.
        async Task<long> Suggestion(string title, string text, int daysAgo, Func<DeputySuggestions, Func<int, TimeProvider>, long, Task> steps)
        {
            var (id, _) = await new DeputySuggestions(store, Ago(clock, daysAgo)).SubmitAsync(Deputy, region, title, text, "样例", null, [], sample: true, ct: ct);
            await steps(new DeputySuggestions(store, clock), d => Ago(clock, d), id!.Value);
            return id.Value;
        }

        await Suggestion("样例：关于增加学校周边停车位的建议", "样例数据，非真实建议。放学时段学校门口车辆拥堵。", 150, async (_, at, id) =>
        {
            var s = new DeputySuggestions(store, at(148));
            await s.RegisterAsync(Office, id, ct);
            await s.SuperviseAsync(Office, id, "样例常委会副主任", key: true, ct);
            await s.AssignAsync(Office, id, Transport.Department!, [Housing.Department!], ct: ct);
            await new DeputySuggestions(store, at(120)).AdviseAsync(Housing, id, "样例协办意见：可结合周边老旧小区改造统筹设置泊位。", ct);
            await new DeputySuggestions(store, at(90)).ReplyAsync(Transport, id, ReplyClass.Solved, "样例答复：已在校门周边增设临时停车泊位。", true, ct);
            await new DeputySuggestions(store, at(85)).RateAsync(Deputy, id, Satisfaction.Satisfied, ct);
            await new DeputySuggestions(store, at(80)).CloseAsync(Office, id, ct);
        });
        await Suggestion("样例：关于老旧小区加装电梯的建议", "样例数据，非真实建议。", 120, async (_, at, id) =>
        {
            var s = new DeputySuggestions(store, at(118));
            await s.RegisterAsync(Office, id, ct);
            await s.AssignAsync(Office, id, Housing.Department!, [], ct: ct);
            await new DeputySuggestions(store, at(20)).ReplyAsync(Housing, id, ReplyClass.Planned, "样例答复：已列入明年加装计划。", true, ct);
        });
        await Suggestion("样例：关于优化公交线路的建议", "样例数据，非真实建议。", 140, async (_, at, id) =>
        {
            var s = new DeputySuggestions(store, at(135));
            await s.RegisterAsync(Office, id, ct);
            await s.SuperviseAsync(Office, id, "样例城建环资委", key: false, ct);
            await s.AssignAsync(Office, id, Transport.Department!, [], ct: ct); // three months ago and more: overdue
        });
        await Suggestion("样例：关于建设社区食堂的建议", "样例数据，非真实建议。", 10, async (_, at, id) => await new DeputySuggestions(store, at(8)).RegisterAsync(Office, id, ct));
        await Suggestion("样例：关于口袋公园夜间照明的建议", "样例数据，非真实建议。", 2, (_, _, _) => Task.CompletedTask);

        // Citizens' cases: three street-light complaints within a street's length make a hotspot.
        var routes = new[] { new RouteRule("市容环境", null, Streets.Department!), new RouteRule("道路交通", null, Transport.Department!) };
        async Task<CaseReceipt> Case(string category, string text, LngLat at, int daysAgo)
        {
            var (receipt, _) = await new CitizenCases(store, routes, clock: Ago(clock, daysAgo)).ReceiveAsync(region, CaseKind.Complaint, category, text, "样例街道", at, null, null, sample: true, ct: ct);
            return receipt!;
        }

        var lamp1 = await Case("市容环境", "样例：路灯不亮，夜间行走不便。", new LngLat(119.9601, 31.7802), 12);
        await Case("市容环境", "样例：同一路段路灯损坏。", new LngLat(119.9608, 31.7806), 9);
        await Case("市容环境", "样例：小区门口路灯不亮。", new LngLat(119.9615, 31.7799), 5);
        var road = await Case("道路交通", "样例：路口红绿灯时间过短。", new LngLat(119.9402, 31.7601), 40);
        var cases = new CitizenCases(store, routes, clock: Ago(clock, 11));
        await cases.AcceptAsync(Streets, lamp1.Id, ct);
        await new CitizenCases(store, routes, clock: Ago(clock, 6)).AnswerAsync(Streets, lamp1.Id, "样例答复：已更换灯具。", ct);
        await new CitizenCases(store, routes, clock: Ago(clock, 5)).RateAsync(lamp1.Id, lamp1.Key, Satisfaction.Satisfied, ct);
        await new CitizenCases(store, routes, clock: Ago(clock, 39)).AcceptAsync(Transport, road.Id, ct); // still owed: late

        var today = global::Pledgewatch.Projects.ChinaTime.Today(clock);
        var drafts = new Consultations(store, clock);
        var (draft, _) = await drafts.PublishAsync(Office, region, "样例：养老服务条例（草案）",
            ["第一条 为了发展养老服务事业，根据有关法律法规，结合本市实际，制定本条例。", "第二条 本市行政区域内的居家、社区和机构养老服务及其监督管理，适用本条例。", "第三条 市、区人民政府应当将养老服务设施建设纳入国土空间规划。"],
            today.AddDays(-10), today.AddDays(20), sample: true, ct);
        await drafts.CommentAsync(draft!.Value, 3, "样例意见：建议写明社区助餐点的服务半径。", "样例立法联系点", ct);
        await drafts.CommentAsync(draft.Value, 1, "样例意见：建议增加“积极应对人口老龄化”的表述。", null, ct);
        await drafts.DecideAsync(Office, draft.Value, 0, Adoption.Adopted, null, ct);
        return true;
    }

    private static TimeProvider Ago(TimeProvider clock, int days) => new Shifted(clock, TimeSpan.FromDays(-days));

    /// <summary>A clock some days before another: the sample's steps happen on their own days.</summary>
    private sealed class Shifted(TimeProvider inner, TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + by;
    }
}
