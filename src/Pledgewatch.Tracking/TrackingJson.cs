using System.Text.Encodings.Web;
using System.Text.Json;
using Pledgewatch.Extraction;

namespace Pledgewatch.Tracking;

/// <summary>
/// The JSON of scorecards, conflicts, carry-over and claims, shared by the command line and the API:
/// claims in the contract's field names (claims.md) with their id, document and version.
/// </summary>
public static class TrackingJson
{
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// An array with one object per target: indicator, measure, verdict, reason, target, outcomes;
    /// <paramref name="more"/> adds fields of its own to a row's object (what another source judged).
    /// </summary>
    public static void WriteScorecard(Utf8JsonWriter writer, Scorecard scorecard, Action<Utf8JsonWriter, Judgement>? more = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(scorecard);
        writer.WriteStartArray();
        foreach (var row in scorecard.Rows)
        {
            WriteJudgement(writer, row, more);
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// An object: parent, year, indicator, measure, the parent's own row as reference, the rows in the
    /// order given (each region with its code and, when it has one, the judgement) and the choices.
    /// </summary>
    public static void WriteComparison(Utf8JsonWriter writer, Comparison comparison, IEnumerable<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentNullException.ThrowIfNull(rows);
        writer.WriteStartObject();
        writer.WriteString("parent", comparison.Parent);
        writer.WriteNumber("year", comparison.Year);
        writer.WriteString("indicator", comparison.Indicator?.Indicator);
        writer.WriteString("measure", comparison.Indicator is { } i ? ContractNames.Of(i.Measure) : null);
        writer.WritePropertyName("reference");
        if (comparison.Reference is { } reference)
        {
            WriteComparisonRow(writer, reference);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteStartArray("rows");
        foreach (var row in rows)
        {
            WriteComparisonRow(writer, row);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("indicators");
        foreach (var choice in comparison.Choices)
        {
            writer.WriteStartObject();
            writer.WriteString("indicator", choice.Indicator);
            writer.WriteString("measure", ContractNames.Of(choice.Measure));
            writer.WriteNumber("regions", choice.Regions);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteComparisonRow(Utf8JsonWriter writer, ComparisonRow row)
    {
        writer.WriteStartObject();
        writer.WriteString("region", row.Region);
        writer.WriteString("region_code", row.Code);
        writer.WriteBoolean("has_targets", row.HasTargets);
        writer.WritePropertyName("judgement");
        if (row.Judgement is { } judgement)
        {
            WriteJudgement(writer, judgement);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteEndObject();
    }

    public static void WriteJudgement(Utf8JsonWriter writer, Judgement row, Action<Utf8JsonWriter, Judgement>? more = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(row);
        writer.WriteStartObject();
        writer.WriteString("indicator", row.Indicator);
        writer.WriteString("measure", ContractNames.Of(row.Measure));
        writer.WriteString("verdict", VerdictNames.Of(row.Verdict));
        writer.WriteString("reason", row.Reason);
        writer.WriteString("polarity", row.Polarity == Extraction.Catalog.Polarity.HigherIsBetter ? "higher" : "lower");
        writer.WriteBoolean("polarity_known", row.PolarityKnown);
        writer.WriteString("asked", row.Asked.ToString());
        if (row.Outcome is { } outcome)
        {
            writer.WriteString("outcome_interval", outcome.ToString());
        }
        else
        {
            writer.WriteNull("outcome_interval");
        }

        writer.WritePropertyName("target");
        WriteClaim(writer, row.Target);
        writer.WriteStartArray("outcomes");
        foreach (var e in row.Outcomes)
        {
            WriteClaim(writer, e.Claim, e.Interval);
        }

        writer.WriteEndArray();
        more?.Invoke(writer, row);
        writer.WriteEndObject();
    }

    /// <summary>An array of objects: region, year, kind (repeated/raised/lowered/dropped), verdict, reason, before, after.</summary>
    public static void WriteCarryOver(Utf8JsonWriter writer, IEnumerable<(string Region, int Year, CarryOver Item)> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        writer.WriteStartArray();
        foreach (var (region, year, item) in items)
        {
            writer.WriteStartObject();
            writer.WriteString("region", region);
            writer.WriteNumber("year", year);
            writer.WriteString("kind", CarryOver.NameOf(item.Kind));
            writer.WriteString("indicator", item.Before.Indicator);
            writer.WriteString("measure", ContractNames.Of(item.Before.Measure));
            writer.WriteString("verdict", VerdictNames.Of(item.Before.Verdict));
            writer.WriteString("reason", item.Reason);
            writer.WritePropertyName("before");
            WriteClaim(writer, item.Before.Target);
            writer.WritePropertyName("after");
            if (item.After is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                WriteClaim(writer, item.After);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>An array of objects: region, year, kind, indicator, measure, contradicts, reason, claims (both).</summary>
    public static void WriteConflicts(Utf8JsonWriter writer, IEnumerable<(string Region, Conflict Item)> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        writer.WriteStartArray();
        foreach (var (region, item) in items)
        {
            writer.WriteStartObject();
            writer.WriteString("region", region);
            writer.WriteNumber("year", item.First.Claim.Year);
            writer.WriteString("kind", ContractNames.Of(item.First.Claim.Kind));
            writer.WriteString("indicator", item.First.Indicator);
            writer.WriteString("measure", ContractNames.Of(item.First.Claim.Measure));
            writer.WriteBoolean("contradicts", item.Contradicts);
            writer.WriteString("reason", item.Reason);
            writer.WriteStartArray("claims");
            WriteClaim(writer, item.First);
            WriteClaim(writer, item.Second);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>A claim in the contract's field names, with id, document, version and (for outcomes compared) interval.</summary>
    public static void WriteClaim(Utf8JsonWriter writer, TrackedClaim claim, Interval? interval = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(claim);
        var c = claim.Claim;
        writer.WriteStartObject();
        if (claim.Derived is null)
        {
            writer.WriteNumber("id", claim.Id);
        }

        writer.WriteString("doc", claim.Document.Name);
        writer.WriteNumber("document_id", claim.Document.Id);
        ClaimJson.WriteFields(writer, c, claim.Indicator);
        if (claim.Version > 1)
        {
            writer.WriteNumber("version", claim.Version);
        }

        if (interval is { } i)
        {
            writer.WriteString("interval", i.ToString());
        }

        if (claim.Derived is { } how)
        {
            writer.WriteBoolean("derived", true);
            writer.WriteString("derivation", how);
            writer.WriteStartArray("derived_from");
            foreach (var from in claim.DerivedFrom)
            {
                WriteClaim(writer, from);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
