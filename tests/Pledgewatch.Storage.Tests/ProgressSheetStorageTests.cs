using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Projects;

namespace Pledgewatch.Storage.Tests;

/// <summary>A progress sheet applied on both engines: every row in one transaction, or none.</summary>
public sealed class ProgressSheetStorageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Engines), MemberType = typeof(TestDatabase))]
    public async Task ASheetIsAppliedWholeOrNotAtAll(string engine)
    {
        await using var test = TestDatabase.Create(engine);
        var store = await test.OpenAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 7, 20, 2, 0, 0, TimeSpan.Zero));
        var registry = new ProjectRegistry(store, clock);
        var a = await registry.CreateAsync(Draft("样例口袋公园"), "editor");
        var b = await registry.CreateAsync(Draft("样例老旧小区改造"), "editor");
        await registry.AddMilestoneAsync(b.Id, "开工", new(2025, 7, 1), null, "editor");
        var sheets = new ProgressSheets(store, clock);
        string[] headings = ["项目编号", "进度（%）", "进展情况", "日期", "节点"];

        // Row 3 names a milestone project b does not have: nothing from the sheet is stored.
        var wrong = ProgressSheet.Parse(headings, [(2, [$"{a.Id}", "50", "绿化完成", "2025-07-14", ""]), (3, [$"{b.Id}", "", "", "2025-07-15", "竣工"])]);
        Assert.Empty(wrong.Problems);
        var refused = await sheets.ApplyAsync(wrong, "进度.xlsx", "editor");
        Assert.Equal(3, Assert.Single(refused.Problems).Row);
        await using (var db = store.CreateContext())
        {
            Assert.Equal(0, (await db.Projects.SingleAsync(p => p.Id == a.Id)).Progress);
            Assert.False(await db.ProgressUpdates.AnyAsync());
            Assert.False(await db.AuditLog.AnyAsync(l => l.Action == "progress.add"));
        }

        var right = ProgressSheet.Parse(headings, [(2, [$"{a.Id}", "50", "绿化完成", "2025-07-14", ""]), (3, [$"{b.Id}", "20", "开工", "2025-07-15", "开工"])]);
        var applied = await sheets.ApplyAsync(right, "进度.xlsx", "editor");
        Assert.Equal((2, 1, 0), (applied.Updates, applied.Milestones, applied.Problems.Count));
        await using (var db = store.CreateContext())
        {
            Assert.Equal([50, 20], await db.Projects.OrderBy(p => p.Id).Select(p => p.Progress).ToListAsync());
            Assert.Equal(new DateOnly(2025, 7, 15), (await db.Milestones.SingleAsync()).Actual);
            Assert.Equal(2, await db.AuditLog.CountAsync(l => l.Action == "progress.add"));
            Assert.Equal(1, await db.AuditLog.CountAsync(l => l.Action == "milestone.reach"));
        }
    }

    private static ProjectDraft Draft(string name) =>
        new("常州市", "武进区", 2025, ProjectDraft.Livelihood, name, "住房", "样例局", null, null, null, null, null, [], IsSample: true);
}
