using System.Text.Json;

namespace Pledgewatch.Extraction;

/// <summary>
/// The claim fields of the contract (claims.md, "Output format") in its field names and order, written
/// once for every place that writes a claim as JSON: the JSONL of <c>pledgewatch extract</c> puts the
/// document first, the API and the reports put the claim's id, document and version around them.
/// </summary>
public static class ClaimJson
{
    /// <summary>
    /// Writes kind … section into the open object. <paramref name="indicator"/> is the name to give
    /// (a catalog's canonical name); when it differs from the name as written, both are written.
    /// </summary>
    public static void WriteFields(Utf8JsonWriter json, Claim claim, string? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(claim);
        json.WriteString("kind", ContractNames.Of(claim.Kind));
        json.WriteNumber("year", claim.Year);
        json.WriteNumber("period_start", claim.From);
        json.WriteString("region", claim.Region);
        json.WriteString("indicator", indicator ?? claim.Indicator);
        if (indicator is not null && indicator != claim.Indicator)
        {
            json.WriteString("indicator_as_written", claim.Indicator);
        }

        json.WriteString("measure", ContractNames.Of(claim.Measure));
        json.WriteString("op", ContractNames.Of(claim.Op));
        json.WritePropertyName("value");
        if (claim.Value is { } v)
        {
            WriteNumber(json, v);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteString("unit", claim.Unit);
        json.WriteString("text", claim.Text);
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        if (claim.Range is { } range)
        {
            json.WriteStartArray("range");
            WriteNumber(json, range.Low);
            WriteNumber(json, range.High);
            json.WriteEndArray();
        }

        if (claim.Aspirational)
        {
            json.WriteBoolean("aspirational", true);
        }

        if (claim.NoTarget)
        {
            json.WriteBoolean("no_target", true);
        }

        if (claim.Section is not null)
        {
            json.WriteString("section", claim.Section);
        }
    }

    /// <summary>Whole numbers are written without a fraction or exponent (68030000000, not 6.803E+10).</summary>
    private static void WriteNumber(Utf8JsonWriter json, double v)
    {
        if (Math.Abs(v) < 1e15 && v == Math.Floor(v))
        {
            json.WriteNumberValue((long)v);
        }
        else
        {
            json.WriteNumberValue(v);
        }
    }
}
