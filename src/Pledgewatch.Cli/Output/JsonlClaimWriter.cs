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

    private static void WriteClaim(Utf8JsonWriter json, string document, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString("doc", document);
        ClaimJson.WriteFields(json, claim);
        json.WriteEndObject();
    }

    public void Dispose()
    {
        _json.Dispose();
        _output.Flush();
    }
}
