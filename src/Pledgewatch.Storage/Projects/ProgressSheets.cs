using Microsoft.EntityFrameworkCore;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Projects;

/// <summary>A row of a progress sheet as it would be applied: the project, its progress before and after, the milestone reached; or why it cannot be.</summary>
public sealed record ProgressPreview(int Row, long ProjectId, string? ProjectName, int? Before, int? After, string? Milestone, DateOnly? Reached, DateOnly On, Words? Problem);

/// <summary>What applying a sheet did: the updates and milestones stored, or (with problems) nothing at all.</summary>
public sealed record ProgressApplied(int Updates, int Milestones, IReadOnlyList<RowProblem> Problems);

/// <summary>
/// Progress of many projects from one sheet: checked row by row against the stored projects
/// (a preview), then applied in one transaction — every row or, if any row is wrong, none.
/// </summary>
public sealed class ProgressSheets(PledgewatchStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Every row of the sheet checked against the projects as stored now, sheet problems included (a row without a project id is shown by its problem alone).</summary>
    public async Task<IReadOnlyList<ProgressPreview>> PreviewAsync(ProgressSheet sheet, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        await using var db = store.CreateContext();
        var (projects, milestones) = await LoadAsync(db.Projects.AsNoTracking(), db.Milestones.AsNoTracking(), sheet, ct);
        return Check(sheet, projects, milestones);
    }

    /// <summary>Applies the sheet in one transaction, checking it again first; with any problem, nothing is stored and the problems are returned.</summary>
    public async Task<ProgressApplied> ApplyAsync(ProgressSheet sheet, string fileName, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The projects and milestones are read once, tracked: checked first, then changed.
        var (projects, milestones) = await LoadAsync(db.Projects, db.Milestones, sheet, ct);
        var problems = Check(sheet, projects, milestones).Where(r => r.Problem is not null).Select(r => new RowProblem(r.Row, r.Problem!)).ToList();
        if (problems.Count > 0 || sheet.Rows.Count == 0)
        {
            return new ProgressApplied(0, 0, problems.Count > 0 ? problems : [new RowProblem(1, new Words("表中没有可导入的行", "the sheet has no rows to apply"))]);
        }

        var ids = projects.Keys.ToList();
        var latest = (await db.ProgressUpdates.Where(u => ids.Contains(u.ProjectId)).GroupBy(u => u.ProjectId)
            .Select(g => new { g.Key, On = g.Max(u => u.On) }).ToListAsync(ct)).ToDictionary(x => x.Key, x => x.On);
        int updates = 0, reached = 0;
        foreach (var row in sheet.Rows)
        {
            var project = projects[row.ProjectId];
            if (row.Percent is { } percent)
            {
                db.ProgressUpdates.Add(new ProgressUpdateEntity { ProjectId = project.Id, Percent = percent, Text = row.Note!.Trim(), On = row.On, Author = actor });
                if (!latest.TryGetValue(project.Id, out var last) || last <= row.On)
                {
                    project.Progress = percent;
                }

                Audit.Add(db, _clock, actor, "progress.add", $"project {project.Id}", $"{percent}% on {row.On:yyyy-MM-dd} (sheet {fileName}, row {row.Row})");
                updates++;
            }

            if (row.Milestone is { } name)
            {
                var milestone = milestones[project.Id].First(m => Same(m.Name, name));
                milestone.Actual = row.Reached;
                Audit.Add(db, _clock, actor, "milestone.reach", $"project {project.Id}", $"{milestone.Name}: reached {row.Reached:yyyy-MM-dd} (sheet {fileName}, row {row.Row})");
                reached++;
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ProgressApplied(updates, reached, []);
    }

    /// <summary>The sheet's projects and their milestones, as <paramref name="projectSet"/> and <paramref name="milestoneSet"/> read them (tracked or not).</summary>
    private static async Task<(Dictionary<long, ProjectEntity> Projects, ILookup<long, MilestoneEntity> Milestones)> LoadAsync(
        IQueryable<ProjectEntity> projectSet, IQueryable<MilestoneEntity> milestoneSet, ProgressSheet sheet, CancellationToken ct)
    {
        var ids = sheet.Rows.Select(r => r.ProjectId).Distinct().ToList();
        var projects = await projectSet.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var milestones = (await milestoneSet.Where(m => ids.Contains(m.ProjectId)).ToListAsync(ct)).ToLookup(m => m.ProjectId);
        return (projects, milestones);
    }

    private List<ProgressPreview> Check(ProgressSheet sheet, Dictionary<long, ProjectEntity> projects, ILookup<long, MilestoneEntity> milestones)
    {
        var today = ChinaTime.Today(_clock);
        var sheetProblems = sheet.Problems.ToLookup(p => p.Row);
        var previews = sheet.Problems.Where(p => sheet.Rows.All(r => r.Row != p.Row) || p.Row == 1)
            .Select(p => new ProgressPreview(p.Row, 0, null, null, null, null, null, default, p.Why)).ToList();
        foreach (var row in sheet.Rows)
        {
            projects.TryGetValue(row.ProjectId, out var project);
            Words? problem = sheetProblems[row.Row].FirstOrDefault()?.Why;
            if (problem is null && project is null)
            {
                problem = new Words($"没有编号为{row.ProjectId}的项目", $"there is no project {row.ProjectId}");
            }
            else if (problem is null && row.Name is { } name && !Same(name, project!.Name))
            {
                problem = new Words($"项目名称“{name}”与编号{row.ProjectId}（“{project.Name}”）不符", $"the name “{name}” is not that of project {row.ProjectId} (“{project.Name}”)");
            }
            else if (problem is null && (row.On > today || row.Reached > today))
            {
                problem = new Words("日期在今天之后", "the date is after today");
            }
            else if (problem is null && row.Milestone is { } m && !milestones[row.ProjectId].Any(x => Same(x.Name, m)))
            {
                problem = new Words($"项目“{project!.Name}”没有节点“{m}”（节点在项目页上添加）", $"project “{project!.Name}” has no milestone “{m}” (milestones are added on the project's page)");
            }

            previews.Add(new ProgressPreview(row.Row, row.ProjectId, project?.Name, project?.Progress, row.Percent, row.Milestone, row.Reached, row.On, problem));
        }

        return [.. previews.OrderBy(p => p.Row)];
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.Ordinal);
}
