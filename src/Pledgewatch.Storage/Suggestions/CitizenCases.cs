using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Geo;
using Pledgewatch.Suggestions;
using Pledgewatch.Storage.Entities;

namespace Pledgewatch.Storage.Suggestions;

/// <summary>
/// A citizen's case as anyone may see it: no name, no phone, and the place rounded to about a
/// hundred metres (three decimals), so no doorstep can be read off the public map.
/// </summary>
public sealed record PublicCase(long Id, string Region, CitizenCase Case, LngLat? Near, bool IsSample)
{
    public static LngLat? Round(LngLat? at) => at is { } p ? new LngLat(Math.Round(p.Lng, 3), Math.Round(p.Lat, 3)) : null;
}

/// <summary>What a citizen gets back on handing a case in: its number and the key to rate it with (shown once).</summary>
public sealed record CaseReceipt(long Id, string Key);

/// <summary>
/// Citizens' suggestions and complaints in storage: received (routed by category and district,
/// with the category's timers), then every step of <see cref="CitizenCase"/> in one transaction
/// with its audit line. The key is given once and kept as a hash; contact details stay private.
/// </summary>
public sealed class CitizenCases(PledgewatchStore store, IReadOnlyList<RouteRule> routes, Func<string, CaseTimers>? timers = null, WorkingCalendar? calendar = null, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly WorkingCalendar _calendar = calendar ?? WorkingCalendar.China;
    private readonly Func<string, CaseTimers> _timers = timers ?? (_ => new CaseTimers());

    /// <summary>The department cases without a rule go to.</summary>
    public const string Fallback = "12345热线办公室";

    private DateOnly Today => global::Pledgewatch.Projects.ChinaTime.Today(_clock);

    /// <summary>Receives a case for <paramref name="region"/>; the receipt carries the key the citizen rates with.</summary>
    public async Task<(CaseReceipt? Receipt, Refusal? Refused)> ReceiveAsync(
        string region, CaseKind kind, string category, string text, string? district, LngLat? at, string? contactName, string? contactPhone,
        IReadOnlyList<(string ContentType, byte[] Bytes)>? photos = null, bool sample = false, CancellationToken ct = default)
    {
        var department = CaseRouting.Route(routes, category, district, Fallback)!;
        var step = CitizenCase.Receive(kind, category, text, district, at, department, Today, _timers(category), _calendar);
        if (!step.Ok)
        {
            return (null, step.Refused);
        }

        await using var db = store.CreateContext();
        var place = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region '{region}'") { IsNotFound = true };
        var key = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(9));
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ids = new List<Guid>();
        foreach (var (type, bytes) in photos ?? [])
        {
            var id = Guid.NewGuid();
            db.Photos.Add(new PhotoEntity { Id = id, ContentType = type, Bytes = bytes });
            ids.Add(id);
        }

        var c = step.Value!;
        var row = new CitizenCaseEntity
        {
            RegionId = place.Id, Kind = kind.ToString(), Category = c.Category, District = district, Lng = at?.Lng, Lat = at?.Lat, State = c.State.ToString(),
            Department = department, DueOn = c.AcceptDue, KeyHash = Hash(key), ContactName = contactName, ContactPhone = contactPhone,
            PhotoIds = ids.Count > 0 ? Workflow.Write(ids) : null, Data = Workflow.Write(c), ReceivedAt = _clock.GetUtcNow(), IsSample = sample,
        };
        db.CitizenCases.Add(row);
        await db.SaveChangesAsync(ct);
        // The audit line names the case, never the citizen.
        Audit.Add(db, _clock, "citizen", "case.receive", $"citizencase {row.Id}", $"{kind} {c.Category} → {department}");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (new CaseReceipt(row.Id, key), null);
    }

    public Task<Step<CitizenCase>> AcceptAsync(Actor by, long id, CancellationToken ct = default) =>
        StepAsync(by.Name, id, c => c.Accept(by, Today, _timers(c.Category), _calendar), "case.accept", ct);

    public Task<Step<CitizenCase>> RerouteAsync(Actor by, long id, string department, CancellationToken ct = default) =>
        StepAsync(by.Name, id, c => c.Reroute(by, department, Today, _timers(c.Category), _calendar), "case.reroute", ct);

    public Task<Step<CitizenCase>> AnswerAsync(Actor by, long id, string text, CancellationToken ct = default) =>
        StepAsync(by.Name, id, c => c.Answer(by, text, Today), "case.reply", ct);

    public Task<Step<CitizenCase>> CloseAsync(Actor by, long id, CancellationToken ct = default) =>
        StepAsync(by.Name, id, c => c.Close(by, Today), "case.close", ct);

    /// <summary>The citizen rates the reply with their key: once; a wrong key or a second rating is refused.</summary>
    public async Task<Step<CitizenCase>> RateAsync(long id, string key, Satisfaction rating, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var hash = await db.CitizenCases.AsNoTracking().Where(c => c.Id == id).Select(c => c.KeyHash).FirstOrDefaultAsync(ct)
            ?? throw new StoreException($"no case {id}") { IsNotFound = true };
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(hash), Encoding.ASCII.GetBytes(Hash(key ?? "")));
        return await StepAsync("citizen", id, c => c.Rate(matches, rating, Today), "case.rate", ct);
    }

    /// <summary>A case as anyone may see it (no contact details, the place rounded).</summary>
    public async Task<PublicCase?> FindAsync(long id, CancellationToken ct = default) =>
        (await QueryAsync(id, null, null, ct)).FirstOrDefault();

    /// <summary>Cases as anyone may see them, newest first; a department's own when given.</summary>
    public Task<IReadOnlyList<PublicCase>> ListAsync(string? department = null, string? category = null, CancellationToken ct = default) =>
        QueryAsync(null, department, category, ct);

    /// <summary>The name and phone to call back: for the department it is routed to and the office only (the caller checks who asks).</summary>
    public async Task<(string? Name, string? Phone)?> ContactAsync(long id, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var row = await db.CitizenCases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.ContactName, c.ContactPhone }).FirstOrDefaultAsync(ct);
        return row is null ? null : (row.ContactName, row.ContactPhone);
    }

    /// <summary>Hotspots among the cases of the last <paramref name="days"/> days with a place.</summary>
    public async Task<IReadOnlyList<Hotspot>> HotspotsAsync(int days = 90, CancellationToken ct = default) =>
        HotspotsOf(await ListAsync(ct: ct), days);

    /// <summary>Hotspots among <paramref name="cases"/> (as listed) of the last <paramref name="days"/> days with a place.</summary>
    public IReadOnlyList<Hotspot> HotspotsOf(IEnumerable<PublicCase> cases, int days = 90)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var since = Today.AddDays(-days);
        return Hotspots.Find(cases.Where(c => c.Case.At is not null && c.Case.ReceivedOn >= since).Select(c => new CasePoint(c.Id, c.Case.Category, c.Case.At!.Value, c.Case.ReceivedOn)));
    }

    /// <summary>
    /// Turns the hotspot that holds case <paramref name="caseId"/> into a proposed livelihood project
    /// (市民建议) for next year's vote in the case's region: its category, its cases' texts, its centre
    /// as the place. Null when the case is in no hotspot.
    /// </summary>
    public async Task<Entities.ProposalEntity?> ProposeAsync(long caseId, string actor, CancellationToken ct = default)
    {
        var all = await ListAsync(ct: ct);
        var hotspot = HotspotsOf(all).FirstOrDefault(h => h.Cases.Any(c => c.Id == caseId));
        if (hotspot is null)
        {
            return null;
        }

        var ids = hotspot.Cases.Select(c => c.Id).ToHashSet();
        var members = all.Where(c => ids.Contains(c.Id)).OrderBy(c => c.Id).ToList();
        var proposal = new Entities.ProposalEntity
        {
            Title = $"{hotspot.Category}：{members.Count}件诉求集中之处（{string.Join("、", members.Select(m => "#" + m.Id))}）",
            Description = string.Join("\n", members.Select(m => $"#{m.Id} {m.Case.ReceivedOn:yyyy-MM-dd} {m.Case.Text}")),
            Category = hotspot.Category,
            Source = "市民建议",
            Places = Projects.ProjectPlaces.Write([new global::Pledgewatch.Projects.Place($"{hotspot.Category}（{members.Count}件诉求）", PublicCase.Round(hotspot.Centre)!.Value, Approximate: true)]),
            IsSample = members.All(m => m.IsSample),
            Status = "",
            SubmittedBy = actor,
        };
        return await new Voting.Proposals(store, _clock).AddAsync(members[0].Region, Today.Year + 1, proposal, actor, ct);
    }

    /// <summary>The figures per year and department: received, replied on time, average days, 满意率.</summary>
    public async Task<IReadOnlyList<(int Year, string? Department, HandlingStatistics Figures)>> StatisticsAsync(CancellationToken ct = default) =>
        HandlingStatistics.ByYearAndDepartment((await ListAsync(ct: ct)).Select(p => new HandledItem(
            p.Case.ReceivedOn.Year, p.Case.Department, p.Case.ReplyDue, p.Case.RepliedOn, p.Case.AcceptedOn, null, p.Case.Rating, false, false)), Today);

    private async Task<IReadOnlyList<PublicCase>> QueryAsync(long? id, string? department, string? category, CancellationToken ct)
    {
        await using var db = store.CreateContext();
        var rows = await (from c in db.CitizenCases.AsNoTracking()
                          join r in db.Regions.AsNoTracking() on c.RegionId equals r.Id
                          where (id == null || c.Id == id) && (department == null || c.Department == department) && (category == null || c.Category == category)
                          orderby c.Id descending
                          select new { c.Id, c.Data, r.Name, c.IsSample }).Take(5000).ToListAsync(ct);
        return [.. rows.Select(x =>
        {
            var c = Workflow.Read<CitizenCase>(x.Data);
            return new PublicCase(x.Id, x.Name, c, PublicCase.Round(c.At), x.IsSample);
        })];
    }

    private Task<Step<CitizenCase>> StepAsync(string actor, long id, Func<CitizenCase, Step<CitizenCase>> step, string action, CancellationToken ct) =>
        Workflow.StepAsync<CitizenCaseEntity, CitizenCase>(store, _clock, id, step, Columns, actor, action, c => $"{c.State} {c.Department}", ct,
            new StepNotice<CitizenCaseEntity, CitizenCase>(Following.Topic.Case, $"/cases/{id}", (row, c) => new Following.NoticeFacts
            {
                // The case's number and category only: nothing the citizen wrote about themselves.
                Title = $"#{id} {c.Category}", State = c.State.ToString(), Department = c.Department, Sample = row.IsSample,
            }));

    private static void Columns(CitizenCaseEntity row, CitizenCase c)
    {
        row.State = c.State.ToString();
        row.Department = c.Department;
        row.DueOn = c.State switch { CaseState.Routed => c.AcceptDue, CaseState.Accepted => c.ReplyDue, _ => null };
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key.Trim())));
}
