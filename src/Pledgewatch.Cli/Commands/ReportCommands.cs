using System.CommandLine;
using Pledgewatch.Cli.Output;
using Pledgewatch.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>scorecard</c>, <c>conflicts</c> and <c>carryover</c>: reports read from the database.</summary>
internal static class ReportCommands
{
    public static Command Scorecard(TextWriter stdout, TextWriter stderr)
    {
        var region = new Option<string>("--region") { Description = "The region, by name (常州市) or code (320400).", Required = true };
        var year = new Option<int>("--year") { Description = "The year of the targets (2024: the targets the 2024 report set).", Required = true };
        var format = FormatOption();
        var command = new Command("scorecard", "Every target of a region and year with its outcome, verdict (met, missed, unclear, pending, not reported), reason and evidence.")
        {
            region, year, format,
        };
        return WithStore(command, stdout, stderr, format, (store, parse) => Report.ScorecardAsync(store, parse.GetValue(region)!, parse.GetValue(year)));
    }

    public static Command Conflicts(TextWriter stdout, TextWriter stderr)
    {
        var region = new Option<string?>("--region") { Description = "Only this region (name or code)." };
        var year = new Option<int?>("--year") { Description = "Only facts about this year." };
        var format = FormatOption();
        var command = new Command("conflicts", "Facts (region, year, indicator, measure, kind) that two documents state differently, with both quotes.")
        {
            region, year, format,
        };
        return WithStore(command, stdout, stderr, format, (store, parse) => Report.ConflictsAsync(store, parse.GetValue(region), parse.GetValue(year)));
    }

    public static Command CarryOver(TextWriter stdout, TextWriter stderr)
    {
        var region = new Option<string?>("--region") { Description = "Only this region (name or code)." };
        var format = FormatOption();
        var command = new Command("carryover", "Targets that come back in the next year's plan (repeated, raised, quietly lowered) or are dropped unmet.")
        {
            region, format,
        };
        return WithStore(command, stdout, stderr, format, (store, parse) => Report.CarryOverAsync(store, parse.GetValue(region)));
    }

    private static Option<ReportFormat> FormatOption() => new("--format", "-f")
    {
        Description = "table (for people), json (an array of objects with the claims involved) or csv.",
        DefaultValueFactory = _ => ReportFormat.Table,
    };

    private static Command WithStore(Command command, TextWriter stdout, TextWriter stderr, Option<ReportFormat> format, Func<PledgewatchStore, ParseResult, Task<Report>> read)
    {
        StoreOptions.SetAction(command, stderr, async (store, parse) =>
        {
            var report = await read(store, parse);
            ReportWriter.Write(stdout, parse.GetValue(format), report.Table, report.Json, report.People);
            return Program.Ok;
        });
        return command;
    }
}
