using System.Text.Json.Serialization;
using Pledgewatch.Storage.Queries;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Web.Features.Api;

internal sealed record RegionDto(
    int Id,
    string? Code,
    string Name,
    [property: JsonPropertyName("parent_code")] string? ParentCode,
    [property: JsonPropertyName("parent_name")] string? ParentName,
    string? Level,
    int Documents);

internal sealed record DocumentDto(
    long Id,
    string Doc,
    string? Title,
    string? Type,
    string Region,
    [property: JsonPropertyName("region_code")] string? RegionCode,
    [property: JsonPropertyName("report_year")] int ReportYear,
    int Version,
    int Claims,
    [property: JsonPropertyName("size_bytes")] long SizeBytes,
    [property: JsonPropertyName("imported_at")] DateTimeOffset ImportedAt)
{
    public static DocumentDto Of(DocumentQueries.Summary d) =>
        new(d.Id, d.FileName, d.Title, d.Type?.Name, d.Region, d.RegionCode, d.ReportYear, d.Version, d.ClaimCount, d.SizeBytes, d.ImportedAt);
}

internal sealed record PageDto<T>(
    IReadOnlyList<T> Items,
    int Page,
    [property: JsonPropertyName("page_size")] int PageSize,
    int Total);

/// <summary>A correction: only the fields given change.</summary>
internal sealed record CorrectionRequest(string? Kind, int? Year, string? Indicator, string? Measure, string? Op, double? Value, bool? ClearValue, string? Unit, string? Note)
{
    public ClaimCorrection ToCorrection() => new()
    {
        Kind = Kind,
        Year = Year,
        Indicator = Indicator,
        Measure = Measure,
        Op = Op,
        Value = Value,
        ClearValue = ClearValue ?? false,
        Unit = Unit,
        Note = Note,
    };
}

internal sealed record AliasRequest(string? Alias, string? Into);
