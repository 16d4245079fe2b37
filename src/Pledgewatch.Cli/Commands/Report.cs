using System.Text.Json;
using Pledgewatch.Extraction;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Tracking;
using Pledgewatch.Tracking;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary>A report read from the database, ready to write as a table for people, JSON or a flat table.</summary>
internal sealed record Report(ReportTable Table, Action<Utf8JsonWriter> Json, Action<IAnsiConsole> People)
{
    public static async Task<Report> ScorecardAsync(PledgewatchStore store, string region, int year)
    {
        var scorecard = await new Tracker(store).ScorecardAsync(region, year) ?? throw new StoreException($"no region {region} is known");
        return new Report(ReportTable.Of(scorecard), w => TrackingJson.WriteScorecard(w, scorecard), console => WriteScorecard(console, scorecard));
    }

    public static async Task<Report> ConflictsAsync(PledgewatchStore store, string? region, int? year)
    {
        var items = (await new Tracker(store).ConflictsAsync(region, year)).Select(x => (x.Region.Name, x.Item)).ToList();
        return new Report(ReportTable.Of(items), w => TrackingJson.WriteConflicts(w, items), console =>
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{items.Count} conflicts[/]")
                .AddColumn("region").AddColumn("year").AddColumn("kind").AddColumn("indicator").AddColumn("").AddColumn("first").AddColumn("second");
            foreach (var (r, c) in items)
            {
                table.AddRow(
                    Markup.Escape(r),
                    c.First.Claim.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ContractNames.Of(c.First.Claim.Kind),
                    Markup.Escape($"{c.First.Indicator} ({ContractNames.Of(c.First.Claim.Measure)})"),
                    c.Contradicts ? "[red]矛盾[/]" : "[yellow]不同[/]",
                    Markup.Escape($"{Statement(c.First)}\n{c.First.Document.Name}: {Clip(c.First.Claim.Text)}"),
                    Markup.Escape($"{Statement(c.Second)}\n{c.Second.Document.Name}: {Clip(c.Second.Claim.Text)}"));
            }

            console.Write(table);
        });
    }

    public static async Task<Report> CarryOverAsync(PledgewatchStore store, string? region)
    {
        var items = (await new Tracker(store).CarryOverAsync(region)).Select(x => (x.Region.Name, x.Year, x.Item)).ToList();
        return new Report(ReportTable.Of(items), w => TrackingJson.WriteCarryOver(w, items), console =>
        {
            var table = new Table().Border(TableBorder.Rounded).Title($"[bold]{items.Count} targets followed into the next year's plan[/]")
                .AddColumn("region").AddColumn("year").AddColumn("indicator").AddColumn("").AddColumn("verdict").AddColumn("before").AddColumn("after");
            foreach (var (r, y, c) in items)
            {
                table.AddRow(
                    Markup.Escape(r),
                    $"{y}→{y + 1}",
                    Markup.Escape($"{c.Before.Indicator} ({ContractNames.Of(c.Before.Measure)})"),
                    c.Kind switch
                    {
                        CarryOverKind.Lowered => "[red]lowered 降低[/]",
                        CarryOverKind.Dropped => "[magenta]dropped 放弃[/]",
                        CarryOverKind.Raised => "[green]raised 提高[/]",
                        _ => "repeated 重提",
                    },
                    Output.ReportWriter.Chip(c.Before.Verdict),
                    Markup.Escape(Statement(c.Before.Target)),
                    Markup.Escape(c.After is null ? "—" : Statement(c.After)));
            }

            console.Write(table);
        });
    }

    public static async Task<Report> ClaimsAsync(PledgewatchStore store, string? region, int? year)
    {
        var items = (await new Tracker(store).ClaimsAsync(region, year)).Select(x => x.Claim).ToList();
        return new Report(ReportTable.Of(items), w =>
        {
            w.WriteStartArray();
            foreach (var c in items)
            {
                TrackingJson.WriteClaim(w, c);
            }

            w.WriteEndArray();
        }, console => console.WriteLine($"{items.Count} claims"));
    }

    private static void WriteScorecard(IAnsiConsole console, Scorecard scorecard)
    {
        var counts = string.Join("  ", Enum.GetValues<Verdict>().Select(v => $"{VerdictNames.Label(v)} {scorecard.Count(v)}"));
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(scorecard.Region)} {scorecard.Year}[/] — {scorecard.Rows.Count} targets: {counts}")
            .AddColumn("indicator").AddColumn("target").AddColumn("outcome").AddColumn("verdict").AddColumn("reason").AddColumn("evidence");
        foreach (var row in scorecard.Rows)
        {
            var outcomes = row.Outcomes.Count == 0 ? "—" : string.Join("\n", row.Outcomes.Select(e => e.Claim.Derived is null ? Statement(e.Claim) : $"推算 {Amounts.ForPeople(e.Interval, e.Claim.Claim.Unit)}"));
            var evidence = string.Join("\n", new[] { row.Target }.Concat(row.Outcomes.Where(e => e.Claim.Derived is null).Select(e => e.Claim))
                .Select(c => $"{c.Document.Name}:{c.Claim.Start} {Clip(c.Claim.Text)}"));
            table.AddRow(
                Markup.Escape($"{row.Indicator} ({ContractNames.Of(row.Measure)})"),
                Markup.Escape(Statement(row.Target)),
                Markup.Escape(outcomes),
                Output.ReportWriter.Chip(row.Verdict),
                Markup.Escape(row.Reason),
                Markup.Escape(evidence));
        }

        console.Write(table);
    }

    private static string Statement(TrackedClaim c) => c.Claim.Value is null
        ? c.Claim.Op is Bound.LessThan or Bound.AtMost ? "下降" : "增长"
        : $"{ContractNames.Of(c.Claim.Op)} {Amounts.ForPeople(c.Claim.Value)}{c.Claim.Unit}{(c.Claim.Aspirational ? " 力争" : "")}";

    private static string Clip(string text)
    {
        var flat = text.ReplaceLineEndings("").Trim();
        return flat.Length <= 40 ? flat : flat[..39] + "…";
    }
}
