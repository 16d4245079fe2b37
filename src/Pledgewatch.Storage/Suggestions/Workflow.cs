using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Suggestions;

namespace Pledgewatch.Storage.Suggestions;

/// <summary>What a step tells the item's followers: its topic, its page, and the facts of the step (none: nothing to tell).</summary>
internal sealed record StepNotice<TRow, T>(string Topic, string Link, Func<TRow, T, Following.NoticeFacts?> Facts);

/// <summary>A stored workflow item: its record as JSON and a version raised by every change.</summary>
internal interface IWorkflowRow
{
    long Id { get; }

    string Data { get; set; }

    int Version { get; set; }
}

/// <summary>
/// One step of a workflow on a stored item, in one transaction with its audit line: the item is
/// read, the step judged on it, and the item written only if nobody changed it meanwhile (its
/// version); if somebody did, the step is judged again on what they made — so two departments
/// replying at once, or a citizen rating twice, give one result and one refusal. A step worth
/// telling adds its notice for the item's followers in the same transaction.
/// </summary>
internal static class Workflow
{
    public static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? throw new StoreException("a stored workflow item cannot be read");

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static async Task<Step<T>> StepAsync<TRow, T>(
        PledgewatchStore store, TimeProvider clock, long id, Func<T, Step<T>> step, Action<TRow, T> columns,
        string actor, string action, Func<T, string?> details, CancellationToken ct, StepNotice<TRow, T>? notice = null)
        where TRow : class, IWorkflowRow
        where T : class
    {
        // What the item is called in messages and audit lines: "suggestion 12", "citizencase 7".
        var subject = $"{typeof(TRow).Name.Replace("Entity", "", StringComparison.Ordinal).ToLowerInvariant()} {id}";
        for (var attempt = 1; ; attempt++)
        {
            await using var db = store.CreateContext();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var row = await db.Set<TRow>().FirstOrDefaultAsync(r => r.Id == id, ct)
                ?? throw new StoreException($"no {subject}") { IsNotFound = true };
            var result = step(Read<T>(row.Data));
            if (!result.Ok)
            {
                return result;
            }

            row.Data = Write(result.Value);
            columns(row, result.Value!);
            row.Version++;
            Audit.Add(db, clock, actor, action, subject, details(result.Value!));
            try
            {
                // The item first: a step that lost the race fails here, on the version, before its notice is added.
                await db.SaveChangesAsync(ct);
                if (notice?.Facts(row, result.Value!) is { } facts)
                {
                    // The version is part of the key: each step is told once.
                    var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    db.Notices.Add(new Entities.NoticeEntity
                    {
                        Key = $"{Following.NoticeKind.Step}:{notice.Topic}:{key}:{row.Version}", Topic = notice.Topic, TopicKey = key, Kind = Following.NoticeKind.Step,
                        Facts = facts.ToJson(), Link = notice.Link, At = clock.GetUtcNow(), Ready = true,
                    });
                    await db.SaveChangesAsync(ct);
                }

                await tx.CommitAsync(ct);
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attempt < 5)
            {
                // Changed meanwhile: judge the step again on the item as it is now.
            }
        }
    }
}
