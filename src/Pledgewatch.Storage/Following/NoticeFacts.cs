using System.Text.Json;

namespace Pledgewatch.Storage.Following;

/// <summary>
/// The facts of a notice, kept as data so that each reader gets them in their language: names and
/// sentences from the documents stay as written, verdicts and measures as contract names.
/// </summary>
public sealed record NoticeFacts
{
    /// <summary>The region's name.</summary>
    public string? Region { get; init; }

    public int? Year { get; init; }

    public long? DocumentId { get; init; }

    /// <summary>A document's, a project's, a ballot's or a suggestion's title; a case's number and category.</summary>
    public string? Title { get; init; }

    public int Targets { get; init; }

    public int Outcomes { get; init; }

    /// <summary>The verdicts a report changed (a new report: null until they were taken).</summary>
    public IReadOnlyList<VerdictShift>? Changes { get; init; }

    /// <summary>For an indicator: the sentences of the new figures, as written (at most a few).</summary>
    public IReadOnlyList<string>? Sentences { get; init; }

    /// <summary>A slipped milestone's name and planned day.</summary>
    public string? Milestone { get; init; }

    public DateOnly? Planned { get; init; }

    /// <summary>A vote's papers and the candidates it adopted.</summary>
    public int? Papers { get; init; }

    public IReadOnlyList<string>? Adopted { get; init; }

    /// <summary>A suggestion's or case's state after its step (the workflow's state name) and the department that has it.</summary>
    public string? State { get; init; }

    public string? Department { get; init; }

    public bool Sample { get; init; }

    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static NoticeFacts FromJson(string json) => JsonSerializer.Deserialize<NoticeFacts>(json, Options) ?? new NoticeFacts();
}

/// <summary>One verdict changed: the indicator and measure, the target's year, before (null: a new target) and after, as contract names.</summary>
public sealed record VerdictShift(string Indicator, string Measure, int Year, string? Before, string After);
