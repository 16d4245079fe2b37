using System.Text.Encodings.Web;
using System.Text.Json;
using Pledgewatch.Extraction;

namespace Pledgewatch.Cli.Output;

/// <summary>claims.md, "Output format": one claim per line, <c>doc</c> first, fields in contract order.</summary>
internal sealed class JsonlClaimWriter(Stream output) : IClaimWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };

    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        var buffer = new MemoryStream();
        foreach (var claim in claims)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteClaim(json, document, claim);
            }

            buffer.WriteByte((byte)'\n');
            buffer.Position = 0;
            buffer.CopyTo(output);
        }

        output.Flush();
    }

    internal static void WriteClaim(Utf8JsonWriter json, string document, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("doc", document);
        json.WriteString("kind", ContractNames.Of(claim.Kind));
        json.WriteNumber("year", claim.Year);
        json.WriteString("region", claim.Region);
        json.WriteString("indicator", claim.Indicator);
        json.WriteString("measure", ContractNames.Of(claim.Measure));
        json.WriteString("op", ContractNames.Of(claim.Op));
        WriteValue(json, claim.Value);
        json.WriteString("unit", claim.Unit);
        json.WriteString("text", claim.Text);
        json.WriteNumber("start", claim.Start);
        json.WriteNumber("end", claim.End);
        if (claim.Aspirational)
        {
            json.WriteBoolean("aspirational", true);
        }

        if (claim.Section is not null)
        {
            json.WriteString("section", claim.Section);
        }

        json.WriteEndObject();
    }

    /// <summary>Whole numbers are written without a fraction or exponent (68030000000, not 6.803E+10).</summary>
    private static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is not { } v)
        {
            json.WriteNull("value");
        }
        else if (Math.Abs(v) < 1e15 && v == Math.Floor(v))
        {
            json.WriteNumber("value", (long)v);
        }
        else
        {
            json.WriteNumber("value", v);
        }
    }

    public void Dispose() => output.Flush();
}
