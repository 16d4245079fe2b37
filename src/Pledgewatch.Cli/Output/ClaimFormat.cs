namespace Pledgewatch.Cli.Output;

/// <summary>How <c>extract</c> writes claims.</summary>
internal enum ClaimFormat
{
    /// <summary>One JSON object per line, as claims.md specifies: the contract.</summary>
    Jsonl,

    /// <summary>Comma-separated values with a header, UTF-8 with BOM so Excel reads the Chinese.</summary>
    Csv,

    /// <summary>A table for people in a terminal.</summary>
    Table,
}
