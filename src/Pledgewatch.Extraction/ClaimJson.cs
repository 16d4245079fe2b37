using System.Text.Json;

namespace Pledgewatch.Extraction;

/// <summary>
/// The claim fields of the contract (claims.md, "Output format") in its field names and order, written
/// once for every place that writes a claim as JSON: the JSONL of <c>pledgewatch extract</c> puts the
/// document first, the API and the reports put the claim's id, document and version around them.
/// </summary>
public static class ClaimJson
{
    // The field names encoded once: a JSONL file of 200,000 claims writes each 200,000 times.
    private static readonly JsonEncodedText AspirationalName = JsonEncodedText.Encode("aspirational");
    private static readonly JsonEncodedText EndName = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText IndicatorName = JsonEncodedText.Encode("indicator");
    private static readonly JsonEncodedText IndicatorAsWrittenName = JsonEncodedText.Encode("indicator_as_written");
    private static readonly JsonEncodedText KindName = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText MeasureName = JsonEncodedText.Encode("measure");
    private static readonly JsonEncodedText NoTargetName = JsonEncodedText.Encode("no_target");
    private static readonly JsonEncodedText OpName = JsonEncodedText.Encode("op");
    private static readonly JsonEncodedText PeriodStartName = JsonEncodedText.Encode("period_start");
    private static readonly JsonEncodedText RangeName = JsonEncodedText.Encode("range");
    private static readonly JsonEncodedText RegionName = JsonEncodedText.Encode("region");
    private static readonly JsonEncodedText SectionName = JsonEncodedText.Encode("section");
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText TextName = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText UnitName = JsonEncodedText.Encode("unit");
    private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText YearName = JsonEncodedText.Encode("year");

    /// <summary>
    /// Writes kind … section into the open object. <paramref name="indicator"/> is the name to give
    /// (a catalog's canonical name); when it differs from the name as written, both are written.
    /// </summary>
    public static void WriteFields(Utf8JsonWriter json, Claim claim, string? indicator = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(claim);
        json.WriteString(KindName, ContractNames.Of(claim.Kind));
        json.WriteNumber(YearName, claim.Year);
        json.WriteNumber(PeriodStartName, claim.From);
        json.WriteString(RegionName, claim.Region);
        json.WriteString(IndicatorName, indicator ?? claim.Indicator);
        if (indicator is not null && indicator != claim.Indicator)
        {
            json.WriteString(IndicatorAsWrittenName, claim.Indicator);
        }

        json.WriteString(MeasureName, ContractNames.Of(claim.Measure));
        json.WriteString(OpName, ContractNames.Of(claim.Op));
        json.WritePropertyName(ValueName);
        if (claim.Value is { } v)
        {
            WriteNumber(json, v);
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteString(UnitName, claim.Unit);
        json.WriteString(TextName, claim.Text);
        json.WriteNumber(StartName, claim.Start);
        json.WriteNumber(EndName, claim.End);
        if (claim.Range is { } range)
        {
            json.WriteStartArray(RangeName);
            WriteNumber(json, range.Low);
            WriteNumber(json, range.High);
            json.WriteEndArray();
        }

        if (claim.Aspirational)
        {
            json.WriteBoolean(AspirationalName, true);
        }

        if (claim.NoTarget)
        {
            json.WriteBoolean(NoTargetName, true);
        }

        if (claim.Section is not null)
        {
            json.WriteString(SectionName, claim.Section);
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
