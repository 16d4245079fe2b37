using Pledgewatch.Reporting;
using Pledgewatch.Tracking;

namespace Pledgewatch.Web.Features.Api;

/// <summary>A report table as a CSV or xlsx download: the one place that knows the formats.</summary>
internal static class TableFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static bool IsFormat(string? format) => format is "csv" or "xlsx";

    /// <summary>The table as a file named <paramref name="name"/>.csv or .xlsx.</summary>
    public static IResult Download(ReportTable table, string format, string name)
    {
        var (bytes, type, file) = Write(table, format, name);
        return TypedResults.File(bytes, type, file);
    }

    /// <summary>The table's bytes, content type and file name, for a page's handler to return as a file.</summary>
    public static (byte[] Bytes, string ContentType, string FileName) Write(ReportTable table, string format, string name)
    {
        var stream = new MemoryStream();
        if (format == "xlsx")
        {
            TableExport.WriteXlsx(table, stream);
        }
        else
        {
            TableExport.WriteCsv(table, stream);
        }

        return (stream.ToArray(), format == "xlsx" ? XlsxType : "text/csv; charset=utf-8", $"{name}.{format}");
    }
}
