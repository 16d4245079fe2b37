namespace Pledgewatch.Tracking;

/// <summary>
/// What kind of document a report is, spelled as index.json and the API spell it
/// (government_work_report, plan_report, news…). The kinds Pledgewatch knows decide how a document
/// counts: a news story or a media piece restates what a government said and is never the
/// government's own report. A kind it does not know is kept as written and counts as a report.
/// </summary>
public readonly record struct DocumentType
{
    /// <summary>The government work report (政府工作报告) read to the people's congress.</summary>
    public static readonly DocumentType GovernmentWorkReport = new("government_work_report");

    /// <summary>A summary or an abridged version of the work report (政府工作报告摘要, 图解).</summary>
    public static readonly DocumentType GovernmentWorkReportSummary = new("government_work_report_summary");

    /// <summary>The plan report (国民经济和社会发展计划执行情况与计划草案的报告).</summary>
    public static readonly DocumentType PlanReport = new("plan_report");

    /// <summary>A news story about a report: a restatement.</summary>
    public static readonly DocumentType News = new("news");

    /// <summary>Any other media piece about a report: a restatement.</summary>
    public static readonly DocumentType Media = new("media");

    /// <summary>Every kind Pledgewatch knows, in the order a list shows them.</summary>
    public static IReadOnlyList<DocumentType> Known { get; } = [GovernmentWorkReport, GovernmentWorkReportSummary, PlanReport, News, Media];

    private readonly string? _name;

    private DocumentType(string name) => _name = name;

    /// <summary>The kind as spelled in index.json, storage and the API.</summary>
    public string Name => _name ?? GovernmentWorkReport._name!;

    /// <summary>True for news and other restatements: they may state outcomes but are not the government's report.</summary>
    public bool IsRestatement => this == News || this == Media;

    /// <summary>True for a kind in <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <summary>
    /// The kind a metadata file or a form names: null for nothing written; a known kind in any case
    /// and with spaces or hyphens for underscores (Plan-Report); anything else kept as written, trimmed.
    /// </summary>
    public static DocumentType? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var spelled = trimmed.ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
        foreach (var known in Known)
        {
            if (known.Name == spelled)
            {
                return known;
            }
        }

        return new DocumentType(trimmed);
    }

    /// <summary>The kind a stored value spells; stored values were written by <see cref="Name"/>.</summary>
    public static DocumentType Stored(string name) => Parse(name) ?? throw new FormatException("a stored document type is empty");

    public override string ToString() => Name;
}
