using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;

namespace Pledgewatch.Reporting;

/// <summary>A row of a sheet as read: its number as the spreadsheet shows it (the heading is row 1) and its cells as text.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells);

/// <summary>A sheet as read: the headings of the first row and the rows below, blank rows left out.</summary>
public sealed record Sheet(IReadOnlyList<string> Columns, IReadOnlyList<SheetRow> Rows);

/// <summary>A file that is not a readable sheet; the message says why, for the person who uploaded it.</summary>
public sealed class SheetException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Reads the first sheet of an .xlsx file, or a CSV file (UTF-8 with or without BOM, or GB18030 as
/// Excel saves it on Chinese Windows), into text cells: dates as <c>yyyy-MM-dd</c>, numbers invariant.
/// </summary>
public static class SheetReader
{
    /// <summary>The most rows a sheet may have.</summary>
    public const int MaxRows = 10_000;

    public static Sheet Read(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var xlsx = bytes.Length > 4 && bytes[0] == 'P' && bytes[1] == 'K';
        if (!xlsx && (fileName ?? "").EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new SheetException("the file is named .xlsx but is not an Excel workbook");
        }

        if (!xlsx && bytes.AsSpan(0, Math.Min(bytes.Length, 8)).IndexOf((byte)0) >= 0)
        {
            throw new SheetException("the file is neither an Excel workbook (.xlsx) nor a CSV text file (an old .xls? save it as .xlsx)");
        }

        var rows = xlsx ? ReadXlsx(bytes) : ReadCsv(bytes);
        if (rows.Count == 0)
        {
            throw new SheetException("the sheet is empty: the first row should hold the headings");
        }

        var columns = rows[0].Cells.Select(c => c.Trim()).ToList();
        var body = rows.Skip(1).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (body.Count > MaxRows)
        {
            throw new SheetException($"the sheet has {body.Count:N0} rows; at most {MaxRows:N0} are read at once");
        }

        return new Sheet(columns, body);
    }

    private static List<SheetRow> ReadXlsx(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            var rows = new List<SheetRow>();
            var number = 0;
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                number++;
                rows.Add(new SheetRow(number, [.. row.Values.Select(Text)]));
                if (number > MaxRows + 1)
                {
                    break;
                }
            }

            return rows;
        }
        catch (Exception e) when (e is not SheetException and (InvalidDataException or IOException or InvalidOperationException or FormatException or System.Xml.XmlException or ArgumentException or NullReferenceException))
        {
            throw new SheetException($"the Excel workbook cannot be read: {e.Message.Split('\n')[0]}", e);
        }
    }

    private static List<SheetRow> ReadCsv(byte[] bytes)
    {
        var text = Decode(bytes);
        var rows = new List<SheetRow>();
        try
        {
            using var reader = new StringReader(text);
            using var parser = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = true, BadDataFound = null });
            while (parser.Read())
            {
                rows.Add(new SheetRow(parser.Row, [.. parser.Record ?? []]));
                if (rows.Count > MaxRows + 1)
                {
                    break;
                }
            }
        }
        catch (CsvHelperException e)
        {
            throw new SheetException($"the CSV file cannot be read: {e.Message.Split('\n')[0]}", e);
        }

        return rows;
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()?.Trim() ?? "",
    };
}
