using System.CommandLine;
using System.Text.Json;
using Pledgewatch.Storage;
using Pledgewatch.Reporting;
using Pledgewatch.Tracking;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch export --what claims|scorecard|conflicts|carryover --format csv|xlsx|json [--output FILE]</c>.</summary>
internal static class ExportCommand
{
    internal enum What
    {
        Claims,
        Scorecard,
        Conflicts,
        Carryover,
    }

    internal enum ExportFormat
    {
        Csv,
        Xlsx,
        Json,
    }

    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var what = new Option<What>("--what") { Description = "claims, scorecard (needs --region and --year), conflicts or carryover.", Required = true };
        var format = new Option<ExportFormat>("--format", "-f") { Description = "csv (UTF-8 with BOM, opens in Excel), xlsx or json.", DefaultValueFactory = _ => ExportFormat.Csv };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; standard output when left out (not for xlsx)." };
        var region = new Option<string?>("--region") { Description = "Only this region (name or code)." };
        var year = new Option<int?>("--year") { Description = "Only this year." };
        var store = new StoreOptions();
        var command = new Command("export", "Export a table of the database as CSV, Excel or JSON.") { what, format, output, region, year };
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(what);
            var fmt = parse.GetValue(format);
            var path = parse.GetValue(output);
            if (fmt == ExportFormat.Xlsx && path is null)
            {
                stderr.WriteLine("pledgewatch: an xlsx export needs --output FILE.xlsx");
                return Program.Usage;
            }

            if (kind == What.Scorecard && (parse.GetValue(region) is null || parse.GetValue(year) is null))
            {
                stderr.WriteLine("pledgewatch: a scorecard export needs --region and --year");
                return Program.Usage;
            }

            var opened = store.Open(parse, stderr);
            if (opened is null)
            {
                return Program.SomeFailed;
            }

            try
            {
                var report = Read(opened, kind, parse.GetValue(region), parse.GetValue(year)).GetAwaiter().GetResult();
                Write(report, fmt, path, stdout);
                if (path is not null)
                {
                    stderr.WriteLine($"{report.Table.Rows.Count} rows written to {path}");
                }

                return Program.Ok;
            }
            catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"pledgewatch: {e.Message.Split('\n')[0]}");
                return Program.SomeFailed;
            }
        });
        return command;
    }

    private static Task<Report> Read(PledgewatchStore store, What what, string? region, int? year) => what switch
    {
        What.Scorecard => Report.ScorecardAsync(store, region!, year!.Value),
        What.Conflicts => Report.ConflictsAsync(store, region, year),
        What.Carryover => Report.CarryOverAsync(store, region),
        _ => Report.ClaimsAsync(store, region, year),
    };

    private static void Write(Report report, ExportFormat format, string? path, TextWriter stdout)
    {
        // Written beside the target and moved into place, so a failed export never leaves half a file.
        var temporary = path is null ? null : path + ".partial";
        using (var stream = temporary is null ? (stdout == Console.Out ? Console.OpenStandardOutput() : new Output.TextWriterStream(stdout)) : File.Create(temporary))
        {
            switch (format)
            {
                case ExportFormat.Xlsx:
                    TableExport.WriteXlsx(report.Table, stream);
                    break;
                case ExportFormat.Json:
                    using (var writer = new Utf8JsonWriter(stream, TrackingJson.WriterOptions))
                    {
                        report.Json(writer);
                    }

                    stream.WriteByte((byte)'\n');
                    break;
                default:
                    TableExport.WriteCsv(report.Table, stream);
                    break;
            }
        }

        if (temporary is not null)
        {
            File.Move(temporary, path!, overwrite: true);
        }
    }
}
