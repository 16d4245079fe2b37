using Microsoft.EntityFrameworkCore;
using Pledgewatch.Suggestions;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Suggestions;

/// <summary>A stored draft out for comment.</summary>
public sealed record StoredConsultation(long Id, string Region, Consultation Draft, bool IsSample);

/// <summary>Drafts for comment in storage: published by the office, commented by anyone in the window, decided per comment; each change audited.</summary>
public sealed class Consultations(PledgewatchStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private DateOnly Today => global::Pledgewatch.Projects.ChinaTime.Today(_clock);

    public async Task<(long? Id, Refusal? Refused)> PublishAsync(Actor by, string region, string title, IReadOnlyList<string> articles, DateOnly opens, DateOnly closes, bool sample = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var step = Consultation.Publish(by, title, articles, opens, closes);
        if (!step.Ok)
        {
            return (null, step.Refused);
        }

        await using var db = store.CreateContext();
        var place = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region '{region}'") { IsNotFound = true };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = new ConsultationEntity { RegionId = place.Id, Title = step.Value!.Title, Opens = opens, Closes = closes, Data = Workflow.Write(step.Value), IsSample = sample };
        db.Consultations.Add(row);
        await db.SaveChangesAsync(ct);
        Audit.Add(db, _clock, by.Name, "consultation.publish", $"consultation {row.Id}", $"{articles.Count} articles, {opens:yyyy-MM-dd}–{closes:yyyy-MM-dd}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (row.Id, null);
    }

    /// <summary>Anyone comments on an article while the window is open (a contact point names itself).</summary>
    public Task<Step<Consultation>> CommentAsync(long id, int article, string text, string? contactPoint, CancellationToken ct = default) =>
        StepAsync(contactPoint ?? "citizen", id, c => c.Comment(article, text, contactPoint, Today), "consultation.comment", ct);

    public Task<Step<Consultation>> DecideAsync(Actor by, long id, int comment, Adoption decision, string? reason, CancellationToken ct = default) =>
        StepAsync(by.Name, id, c => c.Decide(by, comment, decision, reason), "consultation.decide", ct);

    public async Task<IReadOnlyList<StoredConsultation>> ListAsync(CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var rows = await (from c in db.Consultations.AsNoTracking()
                          join r in db.Regions.AsNoTracking() on c.RegionId equals r.Id
                          orderby c.Id descending
                          select new { c.Id, c.Data, r.Name, c.IsSample }).ToListAsync(ct);
        return [.. rows.Select(x => new StoredConsultation(x.Id, x.Name, Workflow.Read<Consultation>(x.Data), x.IsSample))];
    }

    private Task<Step<Consultation>> StepAsync(string actor, long id, Func<Consultation, Step<Consultation>> step, string action, CancellationToken ct) =>
        Workflow.StepAsync<ConsultationEntity, Consultation>(store, _clock, id, step, (row, c) => row.Title = c.Title, actor, action, c => $"{c.Comments.Count} comments", ct);
}
