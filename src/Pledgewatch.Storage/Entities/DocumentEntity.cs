namespace Pledgewatch.Storage.Entities;

/// <summary>
/// One version of a document. The same bytes are stored once (<see cref="ContentHash"/> is unique);
/// new bytes under the same <see cref="Key"/> are the next <see cref="Version"/>.
/// </summary>
public sealed class DocumentEntity
{
    public long Id { get; set; }

    /// <summary>What makes two files versions of one document: region, year, type and title or file name.</summary>
    public required string Key { get; set; }

    public int Version { get; set; }

    /// <summary>False once a newer version is stored.</summary>
    public bool IsCurrent { get; set; }

    /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
    public required string ContentHash { get; set; }

    public required string FileName { get; set; }

    public string? Title { get; set; }

    /// <summary>What kind of document it is (stored as its name: government_work_report, plan_report, news…), when known.</summary>
    public global::Pledgewatch.Tracking.DocumentType? Type { get; set; }

    public int RegionId { get; set; }

    public RegionEntity? Region { get; set; }

    public int ReportYear { get; set; }

    /// <summary>The decoded text that claims' offsets point into.</summary>
    public required string Text { get; set; }

    public required string Format { get; set; }

    public required string Encoding { get; set; }

    public long SizeBytes { get; set; }

    public int ClaimCount { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
