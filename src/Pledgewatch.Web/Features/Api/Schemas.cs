using System.Text.Json.Serialization;

namespace Pledgewatch.Web.Features.Api;

// The shapes of the API's answers, for the OpenAPI document. Claims, scorecards, conflicts and
// carry-over are written by the writers the command line shares (TrackingJson, ClaimJson), so these
// records describe that JSON rather than produce it; ApiTests holds every real answer to them.

/// <summary>A claim in the contract's fields (claims.md), with its id, document and version.</summary>
internal sealed record ClaimSchema(
    long? Id,
    string Doc,
    [property: JsonPropertyName("document_id")] long DocumentId,
    string Kind,
    int Year,
    [property: JsonPropertyName("period_start")] int PeriodStart,
    string Region,
    string Indicator,
    [property: JsonPropertyName("indicator_as_written")] string? IndicatorAsWritten,
    string Measure,
    string Op,
    double? Value,
    string Unit,
    string Text,
    int Start,
    int End,
    double[]? Range,
    bool? Aspirational,
    [property: JsonPropertyName("no_target")] bool? NoTarget,
    string? Section,
    int? Version,
    string? Interval,
    bool? Derived,
    string? Derivation,
    [property: JsonPropertyName("derived_from")] ClaimSchema[]? DerivedFrom);

internal sealed record ClaimPageSchema(
    ClaimSchema[] Items,
    int Page,
    [property: JsonPropertyName("page_size")] int PageSize,
    int Total);

/// <summary>One target of a scorecard with its verdict, the reason, and the outcomes that decided it.</summary>
internal sealed record JudgementSchema(
    string Indicator,
    string Measure,
    string Verdict,
    string Reason,
    string Polarity,
    [property: JsonPropertyName("polarity_known")] bool PolarityKnown,
    string Asked,
    [property: JsonPropertyName("outcome_interval")] string? OutcomeInterval,
    ClaimSchema Target,
    ClaimSchema[] Outcomes,
    [property: JsonPropertyName("by_records")] RecordsSchema? ByRecords);

/// <summary>A target on deputies' suggestion handling judged by the office's records: which figure (handled, satisfaction_rate, on_time_rate), the records' value (a count, or a rate in %) and the verdict.</summary>
internal sealed record RecordsSchema(string Figure, double? Value, string Verdict);

/// <summary>A region in a comparison: its target for the indicator with the verdict, or null when it has none.</summary>
internal sealed record ComparisonRowSchema(
    string Region,
    [property: JsonPropertyName("region_code")] string? RegionCode,
    [property: JsonPropertyName("has_targets")] bool HasTargets,
    JudgementSchema? Judgement);

/// <summary>An indicator some of the regions have a target for, and how many.</summary>
internal sealed record IndicatorChoiceSchema(string Indicator, string Measure, int Regions);

/// <summary>One indicator across the regions under a parent in one year.</summary>
internal sealed record ComparisonSchema(
    string Parent,
    int Year,
    string? Indicator,
    string? Measure,
    ComparisonRowSchema? Reference,
    ComparisonRowSchema[] Rows,
    IndicatorChoiceSchema[] Indicators);

internal sealed record CarryOverSchema(
    string Region,
    int Year,
    string Kind,
    string Indicator,
    string Measure,
    string Verdict,
    string Reason,
    ClaimSchema Before,
    ClaimSchema? After);

internal sealed record ConflictSchema(
    string Region,
    int Year,
    string Kind,
    string Indicator,
    string Measure,
    bool Contradicts,
    string Reason,
    ClaimSchema[] Claims);

internal sealed record DocumentHitSchema(
    long Id,
    string Doc,
    string? Title,
    string Region,
    [property: JsonPropertyName("report_year")] int ReportYear,
    int Hits,
    string Snippet,
    int At);

internal sealed record SearchSchema(string Q, DocumentHitSchema[] Documents, ClaimPageSchema Claims);

internal sealed record DocumentTextDto(DocumentDto Document, string Text);

internal sealed record UploadDto(
    string Status,
    [property: JsonPropertyName("document_id")] long? DocumentId,
    int Version,
    int Claims);

internal sealed record CorrectionDoneDto(long Claim, int Version);

internal sealed record AliasDoneDto(string Alias, string Into);

/// <summary>A ballot as listed.</summary>
internal sealed record BallotSummarySchema(
    long Id,
    string Kind,
    string Region,
    int Year,
    string Title,
    [property: JsonPropertyName("max_approvals")] int MaxApprovals,
    [property: JsonPropertyName("opens_at")] DateTimeOffset OpensAt,
    [property: JsonPropertyName("closes_at")] DateTimeOffset ClosesAt,
    bool Closed,
    bool Sample);

internal sealed record CandidateSchema(long Id, int Number, string Title, string? Description, string? Category, double? Budget, string? Owner, string? Source, bool Sample);

internal sealed record TallyRowSchema(long Candidate, int Approve, int Oppose, int Abstain, int Rank, bool Passes, bool Adopted, bool Tied);

internal sealed record RatedProjectSchema(long Item, long? Project, string Title, string? Category, bool Sample);

internal sealed record RatingRowSchema(
    long Item,
    int Satisfied,
    [property: JsonPropertyName("fairly_satisfied")] int FairlySatisfied,
    int Dissatisfied,
    int Papers,
    [property: JsonPropertyName("satisfaction_rate")] double? SatisfactionRate,
    [property: JsonPropertyName("needs_rectification")] bool NeedsRectification);

/// <summary>
/// A ballot: a vote (票决) has candidates and, after close, its tally; a year-end rating (kind rating)
/// has projects and, after close, their ratings. Turnout (voted) is the office's until close.
/// </summary>
internal sealed record BallotSchema(
    long Id,
    string? Kind,
    string Title,
    int Year,
    bool Sample,
    [property: JsonPropertyName("max_approvals")] int? MaxApprovals,
    int? Eligible,
    int? Majority,
    int? Voted,
    [property: JsonPropertyName("opens_at")] DateTimeOffset OpensAt,
    [property: JsonPropertyName("closes_at")] DateTimeOffset ClosesAt,
    [property: JsonPropertyName("closed_at")] DateTimeOffset? ClosedAt,
    CandidateSchema[]? Candidates,
    TallyRowSchema[]? Tally,
    string? Tie,
    RatedProjectSchema[]? Projects,
    RatingRowSchema[]? Ratings,
    [property: JsonPropertyName("papers_digest")] string? PapersDigest,
    [property: JsonPropertyName("audit_head")] string? AuditHead);

internal sealed record CastAnswerDto(string Status);

internal sealed record NavigationSchema(string Amap, string Baidu, string Tencent);

internal sealed record PlaceSchema(string Name, double Lng, double Lat, double[] Gcj02, double[][]? Area, bool Approximate, NavigationSchema Navigation);

internal sealed record SlipSchema(string Milestone, DateOnly Planned, [property: JsonPropertyName("days_overdue")] int DaysOverdue);

internal sealed record ProjectSchema(
    long Id,
    string Name,
    string Kind,
    string Region,
    string? District,
    int Year,
    string? Category,
    string? Owner,
    string? Target,
    int Progress,
    string Status,
    [property: JsonPropertyName("status_reason")] string? StatusReason,
    SlipSchema? Slip,
    [property: JsonPropertyName("total_investment")] double? TotalInvestment,
    [property: JsonPropertyName("planned_investment")] double? PlannedInvestment,
    [property: JsonPropertyName("completed_investment")] double? CompletedInvestment,
    [property: JsonPropertyName("investment_rate")] double? InvestmentRate,
    bool Sample,
    PlaceSchema[] Places,
    string Url);

internal sealed record MilestoneSchema(string Name, DateOnly Planned, DateOnly? Actual);

internal sealed record UpdateSchema(int Percent, string Text, DateOnly On, string Author, string? Photo);

internal sealed record LinkedClaimSchema(long Id, string Kind, int Year, string Indicator, string Text, string Url);

internal sealed record ProjectRatingSchema(
    long Ballot,
    string Title,
    int Satisfied,
    [property: JsonPropertyName("fairly_satisfied")] int FairlySatisfied,
    int Dissatisfied,
    int Papers,
    [property: JsonPropertyName("satisfaction_rate")] double? SatisfactionRate,
    bool Sample);

internal sealed record FeedbackSchema(string? Name, string Text, DateTimeOffset At);

internal sealed record ProjectDetailSchema(
    ProjectSchema Project,
    string? Description,
    MilestoneSchema[] Milestones,
    UpdateSchema[] Updates,
    LinkedClaimSchema[] Claims,
    ProjectRatingSchema[] Ratings,
    FeedbackSchema[] Feedback);

internal sealed record FeedbackHeldDto(long Id, string Status, string Message);
