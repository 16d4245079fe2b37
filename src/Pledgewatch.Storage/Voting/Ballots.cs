using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Pledgewatch.Storage.Entities;
using Pledgewatch.Storage.Projects;
using Pledgewatch.Voting;

namespace Pledgewatch.Storage.Voting;

/// <summary>
/// The 票决 vote (PRODUCT.md, "Votes are sacred"): ballots with a roster and candidates, papers cast
/// once per deputy (a retried submission is the same vote), nothing after close, a tally that can be
/// recomputed from the stored papers, who-voted kept apart from what-was-voted, and every action in
/// the append-only audit log.
/// </summary>
public sealed class Ballots(PledgewatchStore store, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Creates a vote (票决) on which each deputy approves at most <paramref name="maxApprovals"/> candidates.</summary>
    public async Task<BallotEntity> CreateAsync(BallotDraft draft, int maxApprovals, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ballot = await CreateAsync(db, draft, maxApprovals, BallotKind.Vote, actor, ct);
        await tx.CommitAsync(ct);
        return ballot;
    }

    /// <summary>Creates a ballot in the caller's transaction.</summary>
    private async Task<BallotEntity> CreateAsync(PledgewatchDb db, BallotDraft draft, int maxApprovals, BallotKind kind, string actor, CancellationToken ct)
    {
        var (region, year, title, opensAt, closesAt, sample) = draft;
        if (maxApprovals < 1 || closesAt <= opensAt || string.IsNullOrWhiteSpace(title))
        {
            throw new StoreException("a ballot needs a title, K of at least 1 and a close time after its open time");
        }

        var found = await RegionDirectory.FindAsync(db, region, ct) ?? throw new StoreException($"no region {region} is known");
        var ballot = new BallotEntity
        {
            RegionId = found.Id,
            Year = year,
            Title = title.Trim(),
            MaxApprovals = maxApprovals,
            Kind = kind,
            OpensAt = opensAt.ToUniversalTime(),
            ClosesAt = closesAt.ToUniversalTime(),
            IsSample = sample,
            CreatedBy = actor,
        };
        db.Ballots.Add(ballot);
        await db.SaveChangesAsync(ct);
        Audit(db, actor, kind == BallotKind.Vote ? "ballot.create" : "rating.create", $"ballot {ballot.Id}", $"{found.Name} {year} {ballot.Title}; K={maxApprovals}; {ballot.OpensAt:O} – {ballot.ClosesAt:O}{(sample ? "; sample data" : "")}");
        await db.SaveChangesAsync(ct);
        return ballot;
    }

    /// <summary>Adds a candidate before the ballot opens.</summary>
    public async Task<CandidateEntity> AddCandidateAsync(long ballotId, CandidateEntity candidate, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        await using var db = store.CreateContext();
        var ballot = await db.Ballots.FindAsync([ballotId], ct) ?? throw new StoreException($"no ballot {ballotId}");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await AddCandidateAsync(db, ballot, candidate, actor, ct);
        await tx.CommitAsync(ct);
        return candidate;
    }

    /// <summary>Adds a candidate in the caller's transaction, before the ballot opens.</summary>
    internal async Task AddCandidateAsync(PledgewatchDb db, BallotEntity ballot, CandidateEntity candidate, string actor, CancellationToken ct)
    {
        if (ballot.Kind != BallotKind.Vote)
        {
            throw new StoreException($"ballot {ballot.Id} is a rating; its projects are fixed when it is made");
        }

        if (_clock.GetUtcNow() >= ballot.OpensAt)
        {
            throw new StoreException("candidates cannot change once voting has opened");
        }

        candidate.BallotId = ballot.Id;
        candidate.Ordinal = (await db.Candidates.Where(c => c.BallotId == ballot.Id).MaxAsync(c => (int?)c.Ordinal, ct) ?? 0) + 1;
        db.Candidates.Add(candidate);
        await db.SaveChangesAsync(ct);
        Audit(db, actor, "candidate.add", $"ballot {ballot.Id}", $"candidate {candidate.Id} {candidate.Title}");
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Imports the roster from CSV (code,name[,user]) before the ballot opens; all or nothing.</summary>
    /// <returns>The number of deputies on the roster afterwards.</returns>
    public async Task<int> ImportRosterAsync(long ballotId, TextReader csv, string actor, bool sample, CancellationToken ct = default)
    {
        var rows = new List<(string Code, string Name, string? User)>();
        using (var reader = new CsvReader(csv, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null }))
        {
            try
            {
                await reader.ReadAsync();
                reader.ReadHeader();
                while (await reader.ReadAsync())
                {
                    var code = reader.GetField("code");
                    var name = reader.GetField("name");
                    if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
                    {
                        throw new StoreException($"line {reader.Parser.RawRow}: a deputy needs a code and a name");
                    }

                    var user = reader.HeaderRecord!.Contains("user") ? reader.GetField("user") : null;
                    rows.Add((code, name, string.IsNullOrWhiteSpace(user) ? null : user));
                }
            }
            catch (CsvHelperException e)
            {
                throw new StoreException($"not a roster CSV (code,name[,user]): {e.Message.Split('\n')[0]}", e);
            }
        }

        if (rows.Select(r => r.Code).Distinct().Count() != rows.Count)
        {
            throw new StoreException("the roster lists a deputy code twice");
        }

        await using var db = store.CreateContext();
        var ballot = await db.Ballots.FindAsync([ballotId], ct) ?? throw new StoreException($"no ballot {ballotId}");
        if (_clock.GetUtcNow() >= ballot.OpensAt)
        {
            throw new StoreException("the roster is fixed once voting has opened");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var known = (await db.Deputies.Where(d => d.BallotId == ballotId).Select(d => d.Code).ToListAsync(ct)).ToHashSet();
        db.Deputies.AddRange(rows.Where(r => !known.Contains(r.Code)).Select(r => new DeputyEntity { BallotId = ballotId, Code = r.Code, Name = r.Name, UserName = r.User, IsSample = sample }));
        await db.SaveChangesAsync(ct);
        var total = await db.Deputies.CountAsync(d => d.BallotId == ballotId, ct);
        Audit(db, actor, "roster.import", $"ballot {ballotId}", $"{rows.Count} rows read; {total} deputies on the roster");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return total;
    }

    /// <summary>
    /// Casts a deputy's paper. Accepted only once it is durably stored with its receipt, in one
    /// transaction; a retry with the same submission key answers as the first time.
    /// </summary>
    public async Task<CastResult> CastAsync(long ballotId, string deputyCode, Guid submissionKey, IReadOnlyDictionary<long, Choice> paper, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paper);

        // A retry of the same submission, or another paper of the same deputy, may win the race: look again.
        return await Retry.OnConflictAsync(() => CastOnceAsync(
            ballotId, deputyCode, submissionKey, BallotKind.Vote, (ballot, candidates, roster) => new BallotRule(ballot.MaxApprovals, roster).Check(candidates, paper), Marks.Write(paper), ct));
    }

    /// <summary>
    /// Casts a deputy's year-end rating paper (满意度测评) on a rating ballot, with the same care as a
    /// vote: one paper per deputy, stored with its receipt in one transaction, retries answered alike.
    /// </summary>
    public async Task<CastResult> RateAsync(long ballotId, string deputyCode, Guid submissionKey, IReadOnlyDictionary<long, Rating> paper, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return await Retry.OnConflictAsync(() => CastOnceAsync(
            ballotId, deputyCode, submissionKey, BallotKind.Rating, (_, candidates, _) => RatingTally.Check(candidates, paper), Marks.Write(paper), ct));
    }

    /// <summary>Creates a year-end rating of projects, in one transaction: each project becomes an item on a ballot of kind <c>rating</c>.</summary>
    public async Task<BallotEntity> CreateRatingAsync(BallotDraft draft, IReadOnlyCollection<long> projectIds, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(projectIds);
        if (projectIds.Count == 0)
        {
            throw new StoreException("a rating needs at least one project");
        }

        await using var db = store.CreateContext();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);
        if (projects.Count != projectIds.Distinct().Count())
        {
            throw new StoreException("a project to rate does not exist");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var ballot = await CreateAsync(db, draft, projectIds.Count, BallotKind.Rating, actor, ct);
        var ordinal = 0;
        foreach (var p in projects)
        {
            db.Candidates.Add(new CandidateEntity { BallotId = ballot.Id, Ordinal = ++ordinal, Title = p.Name, Category = p.Category, OwnerDepartment = p.OwnerDepartment, ProjectId = p.Id, IsSample = p.IsSample || draft.IsSample });
        }

        Audit(db, actor, "rating.projects", $"ballot {ballot.Id}", string.Join(", ", projects.Select(p => $"project {p.Id}")));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ballot;
    }

    private async Task<CastResult> CastOnceAsync(long ballotId, string deputyCode, Guid submissionKey, BallotKind kind, Func<BallotEntity, IReadOnlyCollection<long>, int, string?> check, string marks, CancellationToken ct)
    {
        await using var db = store.CreateContext();

        // What does not change while the ballot is open is read before the write lock is taken.
        var ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballotId, ct);
        if (ballot is null || ballot.Kind != kind)
        {
            return new CastResult(CastOutcome.NoBallot, $"no {(kind == BallotKind.Vote ? "ballot" : "rating")} {ballotId}");
        }

        var deputy = await db.Deputies.AsNoTracking().FirstOrDefaultAsync(d => d.BallotId == ballotId && d.Code == deputyCode, ct);
        if (deputy is null)
        {
            return new CastResult(CastOutcome.NotEligible, "you are not on the roster of this ballot");
        }

        var candidates = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballotId).Select(c => c.Id).ToListAsync(ct);
        var rosterSize = await db.Deputies.CountAsync(d => d.BallotId == ballotId, ct);
        var invalid = check(ballot, candidates, rosterSize);

        // Under the lock: the receipt, the time and the close, then the paper and its receipt together.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            // Closing takes this row for update: a paper is either in the tally or refused, never in between.
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM ballots WHERE \"Id\" = {ballotId} FOR SHARE", ct);
        }

        // The deputy's receipt and any receipt under this key, in one statement: read apart, a retry whose
        // twin commits between the two reads (PostgreSQL reads each statement afresh) would be told its
        // key was reused instead of that its vote was recorded.
        var receipts = await db.VoteReceipts.AsNoTracking()
            .Where(r => (r.BallotId == ballotId && r.DeputyId == deputy.Id) || r.SubmissionKey == submissionKey)
            .ToListAsync(ct);
        var receipt = receipts.FirstOrDefault(r => r.BallotId == ballotId && r.DeputyId == deputy.Id);
        if (receipt is not null)
        {
            return receipt.SubmissionKey == submissionKey
                ? new CastResult(CastOutcome.AlreadyAccepted, "your vote was already recorded")
                : new CastResult(CastOutcome.AlreadyVoted, "you have already voted on this ballot");
        }

        if (receipts.Count > 0)
        {
            return new CastResult(CastOutcome.KeyReused, "this submission key was used for another paper; make a new key for each paper");
        }

        var closing = await db.Ballots.AsNoTracking().Where(b => b.Id == ballotId).Select(b => new { b.ClosedAt, b.ClosesAt }).FirstAsync(ct);
        var now = _clock.GetUtcNow();
        if (closing.ClosedAt is not null || now >= closing.ClosesAt)
        {
            return new CastResult(CastOutcome.Closed, "voting has closed");
        }

        if (now < ballot.OpensAt)
        {
            return new CastResult(CastOutcome.NotOpen, $"voting opens at {ballot.OpensAt:yyyy-MM-dd HH:mm} UTC");
        }

        if (invalid is not null)
        {
            return new CastResult(CastOutcome.Invalid, invalid);
        }

        // The receipt says who voted and when; the paper says what, under a random key and nothing else.
        // They are written together so that neither exists without the other; what ties them here (this
        // transaction, the order of writing) is undone at close, when the papers are sealed.
        db.VoteReceipts.Add(new VoteReceiptEntity { BallotId = ballotId, DeputyId = deputy.Id, SubmissionKey = submissionKey, At = now });
        db.CastPapers.Add(new CastPaperEntity { Id = Guid.NewGuid(), BallotId = ballotId, Marks = marks });
        Audit(db, $"deputy {deputy.Code}", "receipt.record", $"ballot {ballotId}", "the deputy's receipt was recorded; the paper is kept apart from it");
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new CastResult(CastOutcome.Accepted);
    }

    /// <summary>Closes the ballot (at or after its close time, or early by an administrator) and publishes the tally.</summary>
    /// <returns>A vote's tally; null for a rating (its counts are in <see cref="RatingsAsync"/>).</returns>
    public async Task<TallyResult?> CloseAsync(long ballotId, string actor, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"SELECT 1 FROM ballots WHERE \"Id\" = {ballotId} FOR UPDATE", ct);
        }

        var ballot = await db.Ballots.FirstOrDefaultAsync(b => b.Id == ballotId, ct) ?? throw new StoreException($"no ballot {ballotId}");
        if (ballot.ClosedAt is not null)
        {
            throw new StoreException($"ballot {ballotId} was closed at {ballot.ClosedAt:O}; nothing changes after close");
        }

        var now = _clock.GetUtcNow();
        ballot.ClosedAt = now;
        if (now < ballot.ClosesAt)
        {
            ballot.ClosesAt = now;
        }

        var tally = ballot.Kind == BallotKind.Vote ? await CountAsync(db, ballot, ct) : null;
        ballot.PublishedTally = tally?.Canonical() ?? await CanonicalAsync(db, ballot, ct);
        if (tally is not null)
        {
            // The adopted candidates become projects in the same transaction as the published tally.
            var adopted = tally.Adopted.Select(a => a.Candidate).ToHashSet();
            var candidates = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballotId && adopted.Contains(c.Id)).OrderBy(c => c.Ordinal).ToListAsync(ct);
            ProjectRegistry.AdoptInto(db, ballot, candidates, now);
        }

        ballot.PapersDigest = await PaperSeal.ShuffleAsync(db, ballotId, ct);
        var close = Audit(db, actor, "ballot.close", $"ballot {ballotId}", PaperSeal.CloseLine(ballot.PublishedTally, ballot.PapersDigest));
        await db.SaveChangesAsync(ct);

        // Saving linked the close's line onto the chain: the head it followed is published with the tally.
        ballot.AuditHead = $"{close.Seq - 1}:{close.PrevHash}";
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await PaperSeal.ForgetOrderAsync(store, ct);
        return tally;
    }

    /// <summary>The tally: published after close; counted live before (for the congress office, never shown to deputies early).</summary>
    public async Task<(BallotEntity Ballot, TallyResult Tally, IReadOnlyList<CandidateEntity> Candidates, int Voted)?> TallyAsync(long ballotId, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballotId && b.Kind == BallotKind.Vote, ct);
        if (ballot is null)
        {
            return null;
        }

        var tally = await CountAsync(db, ballot, ct);
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballotId).OrderBy(c => c.Ordinal).ToListAsync(ct);
        var voted = await db.VoteReceipts.CountAsync(r => r.BallotId == ballotId, ct);
        return (ballot, tally, candidates, voted);
    }

    /// <summary>Recounts the stored papers and compares with the published tally.</summary>
    /// <returns>Null when they agree; else what differs.</returns>
    /// <param name="ballotId">The ballot.</param>
    /// <param name="actor">Who verifies (audited).</param>
    /// <param name="expectedHead">The audit head as printed at close and kept outside the database (<c>seq:hash</c>), if any.</param>
    /// <param name="ct">Stops the work.</param>
    public async Task<string?> VerifyAsync(long ballotId, string actor, string? expectedHead = null, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballotId, ct) ?? throw new StoreException($"no ballot {ballotId}");
        if (ballot.PublishedTally is null)
        {
            throw new StoreException($"ballot {ballotId} has not been closed; there is no published tally to verify");
        }

        var problems = new List<string>(await AuditChain.CheckAsync(db, ct));
        var recount = await CanonicalAsync(db, ballot, ct);
        if (recount != ballot.PublishedTally)
        {
            problems.Add($"the recount differs from the published tally:\n  published {ballot.PublishedTally}\n  recount   {recount}");
        }

        var papers = await db.CastPapers.CountAsync(p => p.BallotId == ballotId, ct);
        var receipts = await db.VoteReceipts.CountAsync(r => r.BallotId == ballotId, ct);
        if (papers != receipts)
        {
            problems.Add($"{papers} papers but {receipts} deputies recorded as having voted");
        }

        // The close's audit line is the tally as published, in the chain: the row in ballots must say the same.
        var close = await db.AuditLog.AsNoTracking().Where(a => a.Action == "ballot.close" && a.Subject == $"ballot {ballotId}").OrderBy(a => a.Id).ToListAsync(ct);
        if (close.Count != 1)
        {
            problems.Add($"the audit log has {close.Count} lines closing this ballot; a closed ballot has exactly one");
        }
        else if (close[0].Seq is { } seq)
        {
            var digest = await PaperSeal.DigestAsync(db, ballotId, ct);
            if (digest != ballot.PapersDigest)
            {
                problems.Add($"the papers are not the papers counted at close (their digest is {digest}, published {ballot.PapersDigest ?? "(none)"})");
            }

            if (close[0].Details != PaperSeal.CloseLine(ballot.PublishedTally, ballot.PapersDigest ?? ""))
            {
                problems.Add("the published tally or papers' digest differs from what the audit log recorded at close");
            }

            if (ballot.AuditHead != $"{seq - 1}:{close[0].PrevHash}")
            {
                problems.Add($"the audit head published with the tally ({ballot.AuditHead ?? "(none)"}) is not the line before the close in the chain");
            }
        }

        if (expectedHead is not null && expectedHead.Trim() != ballot.AuditHead)
        {
            problems.Add($"the audit head recorded at close was {expectedHead.Trim()}; the database now says {ballot.AuditHead ?? "(none)"}");
        }

        var problem = problems.Count == 0 ? null : string.Join("\n", problems);
        Audit(db, actor, "ballot.verify", $"ballot {ballotId}", problem is null ? "recount, papers, published tally and audit chain agree" : problem);
        await db.SaveChangesAsync(ct);
        return problem;
    }

    /// <summary>What a closed ballot was sealed with: the papers' digest and the audit head (null while open).</summary>
    public async Task<(string? PapersDigest, string? AuditHead)> SealAsync(long ballotId, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var seal = await db.Ballots.AsNoTracking().Where(b => b.Id == ballotId).Select(b => new { b.PapersDigest, b.AuditHead }).FirstOrDefaultAsync(ct)
            ?? throw new StoreException($"no ballot {ballotId}");
        return (seal.PapersDigest, seal.AuditHead);
    }

    /// <summary>The ratings of a rating ballot, counted from its stored papers.</summary>
    public async Task<(BallotEntity Ballot, IReadOnlyList<RatingCount> Counts, IReadOnlyList<CandidateEntity> Items, int Voted)?> RatingsAsync(long ballotId, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var ballot = await db.Ballots.AsNoTracking().FirstOrDefaultAsync(b => b.Id == ballotId && b.Kind == BallotKind.Rating, ct);
        if (ballot is null)
        {
            return null;
        }

        var counts = await CountRatingsAsync(db, ballot, ct);
        var items = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballotId).OrderBy(c => c.Ordinal).ToListAsync(ct);
        var voted = await db.VoteReceipts.CountAsync(r => r.BallotId == ballotId, ct);
        return (ballot, counts, items, voted);
    }

    internal static async Task<IReadOnlyList<RatingCount>> CountRatingsAsync(PledgewatchDb db, BallotEntity ballot, CancellationToken ct)
    {
        var items = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballot.Id).Select(c => c.Id).ToListAsync(ct);
        var papers = await db.CastPapers.AsNoTracking().Where(p => p.BallotId == ballot.Id).Select(p => p.Marks).ToListAsync(ct);
        return RatingTally.Count(items, papers.Select(Marks.ReadRatings).ToList());
    }

    private static async Task<string> CanonicalAsync(PledgewatchDb db, BallotEntity ballot, CancellationToken ct) => ballot.Kind == BallotKind.Vote
        ? (await CountAsync(db, ballot, ct)).Canonical()
        : RatingTally.Canonical(await CountRatingsAsync(db, ballot, ct), await db.Deputies.CountAsync(d => d.BallotId == ballot.Id, ct));

    private static async Task<TallyResult> CountAsync(PledgewatchDb db, BallotEntity ballot, CancellationToken ct)
    {
        var candidates = await db.Candidates.AsNoTracking().Where(c => c.BallotId == ballot.Id).Select(c => c.Id).ToListAsync(ct);
        var rosterSize = await db.Deputies.CountAsync(d => d.BallotId == ballot.Id, ct);
        var papers = await db.CastPapers.AsNoTracking().Where(p => p.BallotId == ballot.Id).Select(p => p.Marks).ToListAsync(ct);
        return Tally.Count(new BallotRule(ballot.MaxApprovals, rosterSize), candidates, papers.Select(Marks.Read).ToList());
    }

    private AuditEntryEntity Audit(PledgewatchDb db, string actor, string action, string subject, string? details) =>
        Storage.Audit.Add(db, _clock, actor, action, subject, details);
}
