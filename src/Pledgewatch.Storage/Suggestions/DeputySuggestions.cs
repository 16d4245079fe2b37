using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Suggestions;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Tracking;

namespace Pledgewatch.Storage.Suggestions;

/// <summary>A stored suggestion: its id, region, number and the workflow's record.</summary>
public sealed record StoredSuggestion(long Id, string Region, int Year, string? Number, DeputySuggestion Suggestion, bool IsSample);

/// <summary>A scorecard row on suggestion handling judged by the records: the figure it names, what the records give (null when nothing to count yet), and the verdict.</summary>
public sealed record RecordJudgement(Judgement Row, ReportedFigure Figure, double? Computed, Verdict Verdict);

/// <summary>
/// Deputies' suggestions in storage: handed in, then every step of <see cref="DeputySuggestion"/>
/// in one transaction with its audit line; the office's number given at registration (第0001号,
/// counted per region and year).
/// </summary>
public sealed class DeputySuggestions(PledgewatchStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private DateOnly Today => global::Pledgewatch.Projects.ChinaTime.Today(_clock);

    /// <summary>A deputy hands a suggestion in for <paramref name="region"/> (a name or code).</summary>
    public async Task<(long? Id, Refusal? Refused)> SubmitAsync(Actor by, string region, string title, string text, string? category, string? district, IReadOnlyList<string> coSigners, bool sample = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        var step = DeputySuggestion.Submit(by, title, text, category, district, coSigners, Today);
        if (!step.Ok)
        {
            return (null, step.Refused);
        }

        await using var db = store.CreateContext();
        var place = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region '{region}'") { IsNotFound = true };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var s = step.Value!;
        var row = new SuggestionEntity
        {
            RegionId = place.Id, Year = s.SubmittedOn.Year, Title = s.Title, Lead = s.Lead, State = s.State.ToString(), Data = Workflow.Write(s),
            SubmittedAt = _clock.GetUtcNow(), IsSample = sample,
        };
        db.Suggestions.Add(row);
        await db.SaveChangesAsync(ct);
        Audit.Add(db, _clock, by.Name, "suggestion.submit", $"suggestion {row.Id}", s.Title);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (row.Id, null);
    }

    /// <summary>The office registers it: the next number of its region and year.</summary>
    public async Task<Step<DeputySuggestion>> RegisterAsync(Actor by, long id, CancellationToken ct = default) =>
        await Retry.OnConflictAsync(async () =>
        {
            var number = await NextNumberAsync(id, ct);
            return await StepAsync(by, id, s => s.Register(by, number), "suggestion.register", ct);
        });

    public Task<Step<DeputySuggestion>> SuperviseAsync(Actor by, long id, string supervisor, bool key, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Supervise(by, supervisor, key), "suggestion.supervise", ct);

    public Task<Step<DeputySuggestion>> AssignAsync(Actor by, long id, string lead, IReadOnlyList<string> co, int months = DeputySuggestion.DefaultReplyMonths, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Assign(by, lead, co, Today, months), "suggestion.assign", ct);

    public Task<Step<DeputySuggestion>> ReplyAsync(Actor by, long id, ReplyClass @class, string text, bool isPublic, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Reply(by, @class, text, isPublic, Today), "suggestion.reply", ct);

    public Task<Step<DeputySuggestion>> AdviseAsync(Actor by, long id, string text, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Advise(by, text, Today), "suggestion.advise", ct, tell: false); // not public until the reply: nothing to tell

    public Task<Step<DeputySuggestion>> RateAsync(Actor by, long id, Satisfaction rating, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Rate(by, rating, Today), "suggestion.rate", ct);

    public Task<Step<DeputySuggestion>> CloseAsync(Actor by, long id, CancellationToken ct = default) =>
        StepAsync(by, id, s => s.Close(by, Today), "suggestion.close", ct);

    public async Task<StoredSuggestion?> FindAsync(long id, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var row = await (from s in db.Suggestions.AsNoTracking()
                         join r in db.Regions.AsNoTracking() on s.RegionId equals r.Id
                         where s.Id == id
                         select new { s, r.Name }).FirstOrDefaultAsync(ct);
        return row is null ? null : new StoredSuggestion(row.s.Id, row.Name, row.s.Year, row.s.Number, Workflow.Read<DeputySuggestion>(row.s.Data), row.s.IsSample);
    }

    /// <summary>The suggestions of a year (all years when null), newest first; a department's own when given.</summary>
    public async Task<IReadOnlyList<StoredSuggestion>> ListAsync(int? year = null, string? department = null, CancellationToken ct = default) =>
        await ListAsync(year, department, region: null, ct);

    /// <summary>The suggestions of a year, a department and a region (by its name) when given, newest first.</summary>
    private async Task<IReadOnlyList<StoredSuggestion>> ListAsync(int? year, string? department, string? region, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var rows = await (from s in db.Suggestions.AsNoTracking()
                          join r in db.Regions.AsNoTracking() on s.RegionId equals r.Id
                          where (year == null || s.Year == year) && (department == null || s.LeadDepartment == department) && (region == null || r.Name == region)
                          orderby s.Id descending
                          select new { s, r.Name }).Take(5000).ToListAsync(ct);
        return [.. rows.Select(x => new StoredSuggestion(x.s.Id, x.Name, x.s.Year, x.s.Number, Workflow.Read<DeputySuggestion>(x.s.Data), x.s.IsSample))];
    }

    /// <summary>The figures of the stored suggestions per year and department, as of today.</summary>
    public async Task<IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)>> StatisticsAsync(CancellationToken ct = default) =>
        StatisticsOf(await ListAsync(ct: ct));

    /// <summary>The figures of <paramref name="items"/> (as listed) per year and department, as of today.</summary>
    public IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)> StatisticsOf(IReadOnlyList<StoredSuggestion> items) =>
        HandlingStatistics.ByYearAndDepartment(items.Select(s => HandlingStatistics.Item(s.Suggestion)), Today);

    /// <summary>
    /// The reports' figures of suggestion handling (“办理人大代表建议220件……满意率100%”) beside the
    /// figures the records give, for every region and year with records: the outcome claims of that
    /// year read as <see cref="ReportedFigures"/> say reports write them.
    /// </summary>
    /// <param name="tracker">Where the claims are read.</param>
    /// <param name="items">The suggestions as listed, when the caller has them already.</param>
    /// <param name="ct">Cancels.</param>
    public async Task<IReadOnlyList<(string Region, int Year, TrackedClaim Claim, FigureCheck Check)>> ReportedAsync(Tracking.Tracker tracker, IReadOnlyList<StoredSuggestion>? items = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var found = new List<(string, int, TrackedClaim, FigureCheck)>();
        // A region's claims are read once for all its years with records.
        foreach (var region in (items ?? await ListAsync(ct: ct)).GroupBy(s => s.Region))
        {
            var outcomes = (await tracker.ClaimsAsync(region.Key, cancellationToken: ct)).Select(c => c.Claim)
                .Where(c => c.Claim.Kind == Extraction.ClaimKind.Outcome && c.Claim.Value is not null).ToList();
            foreach (var year in region.GroupBy(s => s.Year))
            {
                var figures = FiguresOf(year);
                // The year's outcomes, as the next year's report states them.
                var claims = outcomes.Where(c => c.Claim.Year == year.Key).ToList();
                foreach (var claim in claims)
                {
                    if (FigureOf(claim, claims) is { } figure)
                    {
                        found.Add((region.Key, year.Key, claim, new FigureCheck(figure, claim.Claim.Value!.Value, ReportedFigures.Computed(figure, figures))));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>
    /// A scorecard's targets on suggestion handling (“代表建议满意率保持在95%以上”, “办结率达到100%”)
    /// judged by the records of its region and year as an outcome in a report would judge them: the
    /// records' figure is one exact value, met when it lies inside what the target asks and missed
    /// when outside; pending while the year runs or nothing is rated yet. Empty when the region has
    /// no records for the year.
    /// </summary>
    public async Task<IReadOnlyList<RecordJudgement>> JudgeAsync(string region, int year, IReadOnlyList<Judgement> rows, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        // Most cards name no handling figure: the records are read only for one that does.
        var targets = rows.Select(r => r.Target).ToList();
        var named = rows.Where(r => r.Target.Claim.Value is not null).Select(r => (Row: r, Figure: FigureOf(r.Target, targets))).Where(x => x.Figure is not null).ToList();
        if (named.Count == 0)
        {
            return [];
        }

        // The region's own suggestions, chosen in the query: the list's cap counts only them.
        var items = await ListAsync(year, department: null, region, ct);
        if (items.Count == 0)
        {
            return [];
        }

        var figures = FiguresOf(items);
        return [.. named.Select(x =>
        {
            var computed = ReportedFigures.Computed(x.Figure!.Value, figures);
            // An exact value lies inside what the target asks, or outside it.
            var verdict = year >= Today.Year || computed is not { } value ? Verdict.Pending
                : x.Row.Asked.Contains(new Interval(value, value)) ? Verdict.Met : Verdict.Missed;
            return new RecordJudgement(x.Row, x.Figure.Value, computed, verdict);
        })];
    }

    /// <summary>The figures of <paramref name="items"/> together, as of today.</summary>
    private HandlingStatistics FiguresOf(IEnumerable<StoredSuggestion> items) =>
        HandlingStatistics.Of(items.Select(s => HandlingStatistics.Item(s.Suggestion)), Today);

    /// <summary>The handling figure a claim states, read with the claims of its document just before it (the sentence's start).</summary>
    private static ReportedFigure? FigureOf(TrackedClaim claim, IReadOnlyList<TrackedClaim> sameYear)
    {
        var before = string.Concat(sameYear.Where(o => o.Document.Id == claim.Document.Id && o.Claim.End <= claim.Claim.Start && o.Claim.Start >= claim.Claim.Start - 60).Select(o => o.Claim.Text));
        return ReportedFigures.Of(claim.Indicator, claim.Claim.Unit, before);
    }

    private Task<Step<DeputySuggestion>> StepAsync(Actor by, long id, Func<DeputySuggestion, Step<DeputySuggestion>> step, string action, CancellationToken ct, bool tell = true) =>
        Workflow.StepAsync<SuggestionEntity, DeputySuggestion>(store, _clock, id, step, Columns, by.Name, action, s => $"{s.State}{(s.LastReply is { } r ? $", reply {r.Class}" : "")}", ct,
            tell ? new StepNotice<SuggestionEntity, DeputySuggestion>(Following.Topic.Suggestion, $"/suggestions/{id}", (row, s) => new Following.NoticeFacts
            {
                Title = s.Number is null ? s.Title : $"{s.Number} {s.Title}", State = s.State.ToString(), Department = s.LeadDepartment, Sample = row.IsSample,
            }) : null);

    private static void Columns(SuggestionEntity row, DeputySuggestion s)
    {
        row.State = s.State.ToString();
        row.Number = s.Number;
        row.LeadDepartment = s.LeadDepartment;
        row.DueOn = s.DueOn;
        row.IsKey = s.IsKey;
        row.Supervised = s.SupervisedBy is not null;
    }

    private async Task<string> NextNumberAsync(long id, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var row = await db.Suggestions.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.RegionId, s.Year }).FirstOrDefaultAsync(ct)
            ?? throw new StoreException($"no suggestion {id}") { IsNotFound = true };
        var taken = await db.Suggestions.AsNoTracking().CountAsync(s => s.RegionId == row.RegionId && s.Year == row.Year && s.Number != null, ct);
        return string.Create(CultureInfo.InvariantCulture, $"第{taken + 1:D4}号");
    }
}
