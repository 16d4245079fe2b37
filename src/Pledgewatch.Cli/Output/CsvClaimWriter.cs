using System.Globalization;
using System.Text;
using CsvHelper;
using Pledgewatch.Extraction;
using Pledgewatch.Reporting;

namespace Pledgewatch.Cli.Output;

/// <summary>Claims as CSV with a header row; UTF-8 with a BOM so that Excel shows the Chinese text.</summary>
internal sealed class CsvClaimWriter : IClaimWriter
{
    private readonly StreamWriter _writer;
    private readonly CsvWriter _csv;

    public CsvClaimWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        _csv = new CsvWriter(_writer, CultureInfo.InvariantCulture);
        foreach (var name in Header)
        {
            _csv.WriteField(name);
        }

        _csv.NextRecord();
    }

    private static readonly string[] Header = ["doc", "kind", "year", "region", "indicator", "measure", "op", "value", "unit", "text", "start", "end", "aspirational", "section"];

    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        foreach (var c in claims)
        {
            _csv.WriteField(TableExport.Neutralise(document));
            _csv.WriteField(ContractNames.Of(c.Kind));
            _csv.WriteField(c.Year);
            _csv.WriteField(TableExport.Neutralise(c.Region));
            _csv.WriteField(TableExport.Neutralise(c.Indicator));
            _csv.WriteField(ContractNames.Of(c.Measure));
            _csv.WriteField(ContractNames.Of(c.Op));
            _csv.WriteField(c.Value is { } v ? v.ToString("0.############", CultureInfo.InvariantCulture) : "");
            _csv.WriteField(TableExport.Neutralise(c.Unit));
            _csv.WriteField(TableExport.Neutralise(c.Text));
            _csv.WriteField(c.Start);
            _csv.WriteField(c.End);
            _csv.WriteField(c.Aspirational ? "true" : "false");
            _csv.WriteField(TableExport.Neutralise(c.Section ?? ""));
            _csv.NextRecord();
        }

        _csv.Flush();
    }

    public void Dispose()
    {
        _csv.Dispose();
        _writer.Dispose();
    }
}
