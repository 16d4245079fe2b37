using Microsoft.EntityFrameworkCore;
using Pledgewatch.Projects;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Voting;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Projects;

/// <summary>
/// Livelihood and major projects: where they are, their milestones and progress, the claims their
/// targets answer. Every change is one transaction with its line in the audit log.
/// </summary>
public sealed class ProjectRegistry(PledgewatchStore store, TimeProvider? clock = null, Schedule? schedule = null)
{
    /// <summary>Largest photo accepted with a progress update.</summary>
    public const int MaxPhotoBytes = 5 * 1024 * 1024;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Schedule _schedule = schedule ?? new Schedule();

    public async Task<IReadOnlyList<ProjectSummary>> ListAsync(ProjectFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var db = store.CreateContext();
        var query = db.Projects.AsNoTracking();
        query = filter.Year is { } y ? query.Where(p => p.Year == y) : query;
        query = filter.Category is { Length: > 0 } c ? query.Where(p => p.Category == c) : query;
        query = filter.DistrictId is { } d ? query.Where(p => p.DistrictId == d || p.RegionId == d) : query;
        query = filter.RegionId is { } r ? query.Where(p => p.RegionId == r) : query;
        query = filter.Kind is { Length: > 0 } k ? query.Where(p => p.Kind == k) : query;
        var projects = await query.OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync(ct);
        var summaries = await SummariseAsync(db, projects, ct);
        return filter.Status is { } s ? summaries.Where(p => p.Status == s).ToList() : summaries;
    }

    public async Task<ProjectDetail?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return null;
        }

        var summary = (await SummariseAsync(db, [project], ct))[0];
        var updates = await db.ProgressUpdates.AsNoTracking().Where(u => u.ProjectId == id).OrderByDescending(u => u.On).ThenByDescending(u => u.Id).ToListAsync(ct);
        var claimIds = db.ProjectClaims.Where(l => l.ProjectId == id).Select(l => l.ClaimId);
        var claims = await db.Claims.AsNoTracking().Include(c => c.Document).Where(c => claimIds.Contains(c.Id)).OrderBy(c => c.Year).ThenBy(c => c.Id).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.ProjectId == id && f.Status == FeedbackQueue.Approved).OrderByDescending(f => f.Id).ToListAsync(ct);
        var ratings = await RatingsAsync(db, id, ct);
        return new ProjectDetail(summary, updates, claims, feedback, ratings);
    }

    /// <summary>Categories and years in use, for the map's filters.</summary>
    public async Task<(IReadOnlyList<string> Categories, IReadOnlyList<int> Years)> FacetsAsync(CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var categories = await db.Projects.Where(p => p.Category != null).Select(p => p.Category!).Distinct().OrderBy(c => c).ToListAsync(ct);
        var years = await db.Projects.Select(p => p.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return (categories, years);
    }

    public async Task<ProjectEntity> CreateAsync(ProjectDraft draft, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = store.CreateContext();
        var project = new ProjectEntity { Kind = draft.Kind, Name = draft.Name, Places = "[]", CreatedAt = _clock.GetUtcNow() };
        await ApplyAsync(db, project, draft, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Projects.Add(project);
        await db.SaveChangesAsync(ct);
        Audit.Add(db, _clock, actor, "project.create", $"project {project.Id}", $"{project.Name}{(project.IsSample ? "; sample data" : "")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return project;
    }

    public async Task UpdateAsync(long id, ProjectDraft draft, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = store.CreateContext();
        var project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new StoreException($"no project {id}");
        await ApplyAsync(db, project, draft, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Audit.Add(db, _clock, actor, "project.edit", $"project {id}", project.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public async Task<MilestoneEntity> AddMilestoneAsync(long projectId, string name, DateOnly planned, DateOnly? actual, string actor, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new StoreException("a milestone needs a name (签约, 拿地, 开工, 竣工, 投产, or your own)");
        }

        await using var db = store.CreateContext();
        await RequireAsync(db, projectId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var milestone = new MilestoneEntity { ProjectId = projectId, Name = name.Trim(), Planned = planned, Actual = actual };
        db.Milestones.Add(milestone);
        Audit.Add(db, _clock, actor, "milestone.add", $"project {projectId}", $"{milestone.Name} planned {planned:yyyy-MM-dd}{(actual is { } a ? $", reached {a:yyyy-MM-dd}" : "")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return milestone;
    }

    /// <summary>Records the day a milestone of the project was reached (or clears it with null).</summary>
    public async Task ReachMilestoneAsync(long projectId, long milestoneId, DateOnly? actual, string actor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var milestone = await db.Milestones.FirstOrDefaultAsync(m => m.Id == milestoneId && m.ProjectId == projectId, ct)
            ?? throw new StoreException($"no milestone {milestoneId} on project {projectId}");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        milestone.Actual = actual;
        Audit.Add(db, _clock, actor, "milestone.reach", $"project {milestone.ProjectId}", $"{milestone.Name}: {(actual is { } a ? $"reached {a:yyyy-MM-dd}" : "not reached")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Adds a progress update (the project's progress becomes its percentage), with an optional photo.</summary>
    public async Task<ProgressUpdateEntity> AddUpdateAsync(long projectId, int percent, string text, DateOnly on, string author, (string ContentType, byte[] Bytes)? photo, CancellationToken ct = default)
    {
        if (percent is < 0 or > 100)
        {
            throw new StoreException("progress is a percentage from 0 to 100");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new StoreException("a progress update needs a few words on what was done");
        }

        if (photo is { } p && (p.Bytes.Length > MaxPhotoBytes || PhotoType(p.Bytes) is null))
        {
            throw new StoreException(p.Bytes.Length > MaxPhotoBytes ? $"the photo is over {MaxPhotoBytes / 1024 / 1024} MB" : "the photo is not a JPEG, PNG or WebP image");
        }

        await using var db = store.CreateContext();
        var project = await RequireAsync(db, projectId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Guid? photoId = null;
        if (photo is { } image)
        {
            photoId = Guid.NewGuid();
            db.Photos.Add(new PhotoEntity { Id = photoId.Value, ContentType = PhotoType(image.Bytes)!, Bytes = image.Bytes });
        }

        var update = new ProgressUpdateEntity { ProjectId = projectId, Percent = percent, Text = text.Trim(), On = on, Author = author, PhotoId = photoId };
        db.ProgressUpdates.Add(update);
        var latest = await db.ProgressUpdates.Where(u => u.ProjectId == projectId).OrderByDescending(u => u.On).ThenByDescending(u => u.Id).FirstOrDefaultAsync(ct);
        if (latest is null || latest.On <= on)
        {
            project.Progress = percent;
        }

        Audit.Add(db, _clock, author, "progress.add", $"project {projectId}", $"{percent}% on {on:yyyy-MM-dd}{(photoId is null ? "" : " with a photo")}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return update;
    }

    public async Task<PhotoEntity?> PhotoAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        return await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
    }

    /// <summary>Links a claim (a target or outcome in a report) to the project's target.</summary>
    public async Task LinkClaimAsync(long projectId, long claimId, string actor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await RequireAsync(db, projectId, ct);
        if (!await db.Claims.AnyAsync(c => c.Id == claimId, ct))
        {
            throw new StoreException($"no claim {claimId}");
        }

        if (await db.ProjectClaims.AnyAsync(l => l.ProjectId == projectId && l.ClaimId == claimId, ct))
        {
            return;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ProjectClaims.Add(new ProjectClaimEntity { ProjectId = projectId, ClaimId = claimId });
        Audit.Add(db, _clock, actor, "project.link-claim", $"project {projectId}", $"claim {claimId}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Adopted candidates become livelihood projects, in the closing ballot's transaction.</summary>
    internal static void AdoptInto(PledgewatchDb db, BallotEntity ballot, IEnumerable<CandidateEntity> adopted, DateTimeOffset now)
    {
        foreach (var c in adopted)
        {
            db.Projects.Add(new ProjectEntity
            {
                RegionId = ballot.RegionId,
                DistrictId = c.DistrictId ?? ballot.RegionId,
                Year = ballot.Year,
                Kind = ProjectDraft.Livelihood,
                Name = c.Title,
                Category = c.Category,
                OwnerDepartment = c.OwnerDepartment,
                Description = c.Description,
                TotalInvestment = c.Budget is { } b ? b / 10_000 : null,
                Places = c.Places ?? "[]",
                CandidateId = c.Id,
                IsSample = c.IsSample || ballot.IsSample,
                CreatedAt = now,
            });
        }
    }

    /// <summary>The image type from its first bytes, or null when it is none we show.</summary>
    public static string? PhotoType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((byte[])[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) ? "image/png"
        : bytes.Length > 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8) ? "image/webp"
        : null;

    private async Task<IReadOnlyList<ProjectSummary>> SummariseAsync(PledgewatchDb db, IReadOnlyList<ProjectEntity> projects, CancellationToken ct)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var milestones = (await db.Milestones.AsNoTracking().Where(m => ids.Contains(m.ProjectId)).OrderBy(m => m.Planned).ThenBy(m => m.Id).ToListAsync(ct)).ToLookup(m => m.ProjectId);
        var regionIds = projects.SelectMany(p => new[] { p.RegionId, p.DistrictId }).Distinct().ToList();
        var names = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Name, ct);
        var today = ChinaTime.Today(_clock);
        return projects.Select(p =>
        {
            var own = milestones[p.Id].ToList();
            var (status, slip) = _schedule.Judge(own.Select(m => new Milestone(m.Name, m.Planned, m.Actual)).ToList(), today, p.Progress);
            return new ProjectSummary(p, names[p.RegionId], names[p.DistrictId], status, slip, ProjectPlaces.Read(p.Places), own);
        }).ToList();
    }

    private static async Task<IReadOnlyList<(BallotEntity, RatingCount)>> RatingsAsync(PledgewatchDb db, long projectId, CancellationToken ct)
    {
        var rated = await db.Candidates.AsNoTracking().Where(c => c.ProjectId == projectId).ToListAsync(ct);
        var result = new List<(BallotEntity, RatingCount)>();
        foreach (var candidate in rated)
        {
            var ballot = await db.Ballots.AsNoTracking().FirstAsync(b => b.Id == candidate.BallotId, ct);
            if (ballot.ClosedAt is null)
            {
                continue;
            }

            var counts = await Ballots.CountRatingsAsync(db, ballot, ct);
            result.Add((ballot, counts.Single(c => c.Project == candidate.Id)));
        }

        return result;
    }

    private static async Task<ProjectEntity> RequireAsync(PledgewatchDb db, long projectId, CancellationToken ct) =>
        await db.Projects.FirstOrDefaultAsync(p => p.Id == projectId, ct) ?? throw new StoreException($"no project {projectId}");

    private static async Task ApplyAsync(PledgewatchDb db, ProjectEntity project, ProjectDraft draft, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            throw new StoreException("a project needs a name");
        }

        if (draft.Kind is not (ProjectDraft.Livelihood or ProjectDraft.Major))
        {
            throw new StoreException($"a project is {ProjectDraft.Livelihood} or {ProjectDraft.Major}, not {draft.Kind}");
        }

        if (new[] { draft.TotalInvestment, draft.PlannedInvestment, draft.CompletedInvestment }.Any(v => v is < 0))
        {
            throw new StoreException("investments cannot be negative");
        }

        var region = await RegionDirectory.FindAsync(db, draft.Region, ct) ?? throw new StoreException($"no region {draft.Region} is known");
        var district = string.IsNullOrWhiteSpace(draft.District) ? region
            : await RegionDirectory.FindAsync(db, draft.District, ct) ?? throw new StoreException($"no district {draft.District} is known");
        project.RegionId = region.Id;
        project.DistrictId = district.Id;
        project.Year = draft.Year;
        project.Kind = draft.Kind;
        project.Name = draft.Name.Trim();
        project.Category = Blank(draft.Category);
        project.OwnerDepartment = Blank(draft.OwnerDepartment);
        project.Description = Blank(draft.Description);
        project.TargetText = Blank(draft.TargetText);
        project.TotalInvestment = draft.TotalInvestment;
        project.PlannedInvestment = draft.PlannedInvestment;
        project.CompletedInvestment = draft.CompletedInvestment;
        project.Places = ProjectPlaces.Write(draft.Places);
        project.IsSample = draft.IsSample;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
