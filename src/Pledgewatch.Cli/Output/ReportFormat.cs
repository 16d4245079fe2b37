namespace Pledgewatch.Cli.Output;

/// <summary>How <c>scorecard</c>, <c>conflicts</c> and <c>carryover</c> write their report.</summary>
internal enum ReportFormat
{
    /// <summary>A table for people in a terminal.</summary>
    Table,

    /// <summary>A JSON array of objects carrying the claims involved.</summary>
    Json,

    /// <summary>Comma-separated values, UTF-8 with BOM so Excel reads the Chinese.</summary>
    Csv,
}
