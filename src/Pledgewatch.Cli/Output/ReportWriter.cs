using System.Text.Json;
using Pledgewatch.Reporting;
using Pledgewatch.Tracking;
using Spectre.Console;

namespace Pledgewatch.Cli.Output;

/// <summary>Writes a report as a table for people, JSON (nested, with the claims) or CSV.</summary>
internal static class ReportWriter
{
    public static void Write(TextWriter stdout, ReportFormat format, ReportTable table, Action<Utf8JsonWriter> json, Action<IAnsiConsole> people)
    {
        switch (format)
        {
            case ReportFormat.Json:
                using (var stream = Open(stdout))
                {
                    using var writer = new Utf8JsonWriter(stream, TrackingJson.WriterOptions);
                    json(writer);
                    writer.Flush();
                    stream.WriteByte((byte)'\n');
                }

                break;
            case ReportFormat.Csv:
                using (var stream = Open(stdout))
                {
                    TableExport.WriteCsv(table, stream);
                }

                break;
            default:
                var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) });
                if (stdout != Console.Out || Console.IsOutputRedirected)
                {
                    console.Profile.Width = 200;
                }

                people(console);
                break;
        }
    }

    private static Stream Open(TextWriter stdout) => stdout == Console.Out ? Console.OpenStandardOutput() : new TextWriterStream(stdout);

    /// <summary>A verdict as a coloured word.</summary>
    public static string Chip(Verdict verdict) => verdict switch
    {
        Verdict.Met => "[green]达成 met[/]",
        Verdict.Missed => "[red]未达成 missed[/]",
        Verdict.Unclear => "[yellow]无法判断 unclear[/]",
        Verdict.Pending => "[grey]待报告 pending[/]",
        Verdict.NoTargetSet => "[blue]未设目标 no target set[/]",
        _ => "[magenta]未报告 not reported[/]",
    };
}
