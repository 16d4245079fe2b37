using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Projects;

/// <summary>Citizens' feedback on projects: taken without login (the web app sanitises and rate-limits), shown only once an editor approves it.</summary>
public sealed class FeedbackQueue(PledgewatchStore store, TimeProvider? clock = null)
{
    public const string Pending = "pending", Approved = "approved", Rejected = "rejected";

    /// <summary>Longest feedback kept, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>Longest name, in characters.</summary>
    public const int MaxNameLength = 50;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public async Task<FeedbackEntity> SubmitAsync(long projectId, string? name, string body, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            throw new StoreException("feedback needs some words");
        }

        if (body.Length > MaxLength || name?.Length > MaxNameLength)
        {
            throw new StoreException($"feedback is at most {MaxLength} characters and a name at most {MaxNameLength}");
        }

        await using var db = store.CreateContext();
        if (!await db.Projects.AnyAsync(p => p.Id == projectId, ct))
        {
            throw new StoreException($"no project {projectId}") { IsNotFound = true };
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var feedback = new FeedbackEntity { ProjectId = projectId, Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(), Body = body.Trim(), At = _clock.GetUtcNow(), Status = Pending };
        db.Feedback.Add(feedback);
        await db.SaveChangesAsync(ct);
        Audit.Add(db, _clock, "citizen", "feedback.submit", $"project {projectId}", $"feedback {feedback.Id} held for moderation");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return feedback;
    }

    /// <summary>Feedback waiting for an editor, oldest first, with its project's name.</summary>
    public async Task<IReadOnlyList<(FeedbackEntity Feedback, string Project)>> PendingAsync(CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var rows = await (from f in db.Feedback.AsNoTracking()
                          join p in db.Projects.AsNoTracking() on f.ProjectId equals p.Id
                          where f.Status == Pending
                          orderby f.Id
                          select new { f, p.Name }).Take(200).ToListAsync(ct);
        return rows.Select(r => (r.f, r.Name)).ToList();
    }

    /// <summary>Approves or rejects; a decision already taken stays (the first editor's word counts).</summary>
    /// <returns>False when the feedback was already moderated.</returns>
    public async Task<bool> ModerateAsync(long id, bool approve, string editor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = _clock.GetUtcNow();
        var status = approve ? Approved : Rejected;
        var changed = await db.Feedback.Where(f => f.Id == id && f.Status == Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Status, status).SetProperty(f => f.ModeratedBy, editor).SetProperty(f => f.ModeratedAt, now), ct);
        if (changed == 0)
        {
            if (!await db.Feedback.AnyAsync(f => f.Id == id, ct))
            {
                throw new StoreException($"no feedback {id}");
            }

            return false;
        }

        Audit.Add(db, _clock, editor, "feedback." + status, $"feedback {id}", null);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }
}
