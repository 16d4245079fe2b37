using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pledgewatch.Extraction;

namespace Pledgewatch.Cli.Output;

/// <summary>claims.md, "Output format": one claim per line, <c>doc</c> first, fields in contract order.</summary>
internal sealed class JsonlClaimWriter : IClaimWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    // Claims are written to a buffer and copied out line by line: a writer on the stream itself
    // would flush the stream (one system call) for every claim.
    private readonly BufferedStream _output;
    private readonly ArrayBufferWriter<byte> _line = new(1024);
    private readonly Utf8JsonWriter _json;

    public JsonlClaimWriter(Stream output)
    {
        _output = new BufferedStream(output, 1 << 16);
        _json = new Utf8JsonWriter(_line, Options);
    }

    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        foreach (var claim in claims)
        {
            WriteClaim(_json, document, claim);
            _json.Flush();
            _output.Write(_line.WrittenSpan);
            _output.WriteByte((byte)'\n');
            _line.ResetWrittenCount();
            _json.Reset(_line);
        }

        _output.Flush();
    }

    internal static void WriteClaim(Utf8JsonWriter json, string document, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("doc", document);
        json.WriteString("kind", ContractNames.Of(claim.Kind));
        json.WriteNumber("year", claim.Year);
        json.WriteNumber("period_start", claim.From);
        json.WriteString("region", claim.Region);
        json.WriteString("indicator", claim.Indicator);
        json.WriteString("measure", ContractNames.Of(claim.Measure));
        json.WriteString("op", ContractNames.Of(claim.Op));
        WriteValue(json, claim.Value);
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

        json.WriteEndObject();
    }

    /// <summary>Whole numbers are written without a fraction or exponent (68030000000, not 6.803E+10).</summary>
    private static void WriteValue(Utf8JsonWriter json, double? value)
    {
        if (value is not { } v)
        {
            json.WriteNull("value");
        }
        else
        {
            json.WritePropertyName("value");
            WriteNumber(json, v);
        }
    }

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

    public void Dispose()
    {
        _json.Dispose();
        _output.Flush();
    }
}
