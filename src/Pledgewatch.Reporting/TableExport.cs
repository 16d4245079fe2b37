using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using Pledgewatch.Tracking;

namespace Pledgewatch.Reporting;

/// <summary>Report tables as CSV that Excel opens with Chinese intact (UTF-8 with BOM) and as real .xlsx.</summary>
public static class TableExport
{
    public static void WriteCsv(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        foreach (var column in table.Columns)
        {
            csv.WriteField(Neutralise(column));
        }

        csv.NextRecord();
        foreach (var row in table.Rows)
        {
            foreach (var cell in row)
            {
                // Numbers are written as numbers (a negative one is not a formula); text is neutralised.
                csv.WriteField(cell is string text ? Neutralise(text) : Cell(cell));
            }

            csv.NextRecord();
        }
    }

    /// <summary>
    /// A text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return) gets a leading apostrophe, so it shows as the text it is
    /// (OWASP's advice on CSV injection). Numbers are not text and are left alone.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    public static void WriteXlsx(ReportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row =>
        {
            var record = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < table.Columns.Count; i++)
            {
                record[table.Columns[i]] = row[i];
            }

            return record;
        }).ToList();
        var sheet = SheetName(table.Name);
        if (rows.Count == 0)
        {
            // An empty report still has its headings.
            rows.Add(table.Columns.ToDictionary(c => c, _ => (object?)null));
        }

        output.SaveAs(rows, sheetName: sheet, excelType: ExcelType.XLSX);
    }

    private static string Cell(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.##########", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string([.. name.Where(c => c is not ('[' or ']' or ':' or '*' or '?' or '/' or '\\'))]);
        return clean.Length == 0 ? "Sheet1" : clean.Length > 31 ? clean[..31] : clean;
    }
}
