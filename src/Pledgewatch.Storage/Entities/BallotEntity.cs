namespace Pledgewatch.Storage.Entities;

/// <summary>A 票决 ballot of one region and year: candidates, a roster, open and close times, a rule (K).</summary>
public sealed class BallotEntity
{
    public long Id { get; set; }

    public int RegionId { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    /// <summary><c>vote</c> (票决: 赞成/反对/弃权 on candidates) or <c>rating</c> (满意度测评 of adopted projects).</summary>
    public Voting.BallotKind Kind { get; set; } = Voting.BallotKind.Vote;

    /// <summary>K: approvals a deputy may give, and projects that can be adopted.</summary>
    public int MaxApprovals { get; set; }

    public DateTimeOffset OpensAt { get; set; }

    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>Set once, when the tally is published; nothing changes afterwards.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>The published tally in its canonical text (for <c>ballot verify</c>).</summary>
    public string? PublishedTally { get; set; }

    /// <summary>
    /// SHA-256 over the papers as counted at close (sorted, so it names the set and not any order), with
    /// their number: <c>24 3fa1…</c>. <c>ballot verify</c> recomputes it.
    /// </summary>
    public string? PapersDigest { get; set; }

    /// <summary>The audit chain's head when the tally was published (<c>seq:hash</c>), the line before the close's.</summary>
    public string? AuditHead { get; set; }

    /// <summary>Made-up data for tests and demonstrations, shown as such.</summary>
    public bool IsSample { get; set; }

    public required string CreatedBy { get; set; }
}
