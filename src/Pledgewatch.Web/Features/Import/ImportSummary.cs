using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Web.Features.Import;

/// <summary>What an upload brought: the document, its claims by kind and the verdicts it changed.</summary>
public sealed record ImportSummary(long DocumentId, string Title, string Region, int ReportYear, int Version, int Targets, int Outcomes, IReadOnlyList<VerdictChange> Changes);
