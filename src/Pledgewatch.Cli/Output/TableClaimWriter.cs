using System.Globalization;
using Pledgewatch.Extraction;
using Spectre.Console;

namespace Pledgewatch.Cli.Output;

/// <summary>Claims as a table for people, one table per document.</summary>
internal sealed class TableClaimWriter(IAnsiConsole console) : IClaimWriter
{
    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(document)}[/] — {claims.Count} claims")
            .AddColumn("kind")
            .AddColumn("year")
            .AddColumn("indicator")
            .AddColumn("measure")
            .AddColumn(new TableColumn("bound / value").RightAligned())
            .AddColumn("unit")
            .AddColumn("at");
        foreach (var c in claims)
        {
            var value = c.Value is { } v ? v.ToString("#,0.####", CultureInfo.InvariantCulture) : "—";
            table.AddRow(
                c.Kind == ClaimKind.Target ? "[blue]target[/]" : "[green]outcome[/]",
                c.Year.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(c.Indicator) + (c.Aspirational ? " [grey](力争)[/]" : ""),
                ContractNames.Of(c.Measure),
                Markup.Escape($"{ContractNames.Of(c.Op)} {value}"),
                Markup.Escape(c.Unit),
                $"{c.Start}–{c.End}");
        }

        console.Write(table);
    }

    public void Dispose()
    {
    }
}
