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

    private static readonly JsonEncodedText DocName = JsonEncodedText.Encode("doc");

    /// <summary>Claims per run when a document is written on all cores.</summary>
    private const int ParallelClaims = 8192;

    // Claims are written as lines into a block and the block copied out: a writer on the stream
    // itself would flush the stream (one system call) for every claim.
    private readonly BufferedStream _output;
    private readonly ArrayBufferWriter<byte> _block = new(1 << 16);
    private readonly Utf8JsonWriter _json;

    public JsonlClaimWriter(Stream output)
    {
        _output = new BufferedStream(output, 1 << 16);
        _json = new Utf8JsonWriter(_block, Options);
    }

    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        Write(JsonEncodedText.Encode(document, Options.Encoder), claims);
    }

    private void Write(JsonEncodedText document, IReadOnlyList<Claim> claims)
    {
        if (claims.Count < ParallelClaims)
        {
            WriteLines(_json, document, claims, 0, claims.Count, _block);
            _output.Write(_block.WrittenSpan);
            _output.Flush();
            _block.ResetWrittenCount();
            return;
        }

        // A large document (a 40 MB report has 200,000 claims) is written on all cores: runs of
        // claims become lines in buffers of their own, copied out in order.
        var runs = (claims.Count + ParallelClaims - 1) / ParallelClaims;
        var batch = Environment.ProcessorCount * 2;
        for (var first = 0; first < runs; first += batch)
        {
            var count = Math.Min(batch, runs - first);
            var buffers = new ArrayBufferWriter<byte>[count];
            Parallel.For(0, count, r =>
            {
                var from = (first + r) * ParallelClaims;
                var to = Math.Min(claims.Count, from + ParallelClaims);
                var buffer = new ArrayBufferWriter<byte>((to - from) * 512);
                using var json = new Utf8JsonWriter(buffer, Options);
                WriteLines(json, document, claims, from, to, buffer);
                buffers[r] = buffer;
            });
            foreach (var buffer in buffers)
            {
                _output.Write(buffer.WrittenSpan);
            }
        }

        _output.Flush();
    }

    /// <summary>Claims <paramref name="from"/> to <paramref name="to"/> as lines, written by <paramref name="json"/> straight into <paramref name="output"/>.</summary>
    private static void WriteLines(Utf8JsonWriter json, JsonEncodedText document, IReadOnlyList<Claim> claims, int from, int to, IBufferWriter<byte> output)
    {
        json.Reset(output);
        for (var i = from; i < to; i++)
        {
            WriteClaim(json, document, claims[i]);
            json.Flush();
            output.GetSpan(1)[0] = (byte)'\n';
            output.Advance(1);
            // The next line is a new value at the top level.
            json.Reset();
        }
    }

    private static void WriteClaim(Utf8JsonWriter json, JsonEncodedText document, Claim claim)
    {
        json.WriteStartObject();
        json.WriteString(DocName, document);
        ClaimJson.WriteFields(json, claim);
        json.WriteEndObject();
    }

    public void Dispose()
    {
        _json.Dispose();
        _output.Flush();
    }
}
