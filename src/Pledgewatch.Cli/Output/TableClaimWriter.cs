using System.Globalization;
using Pledgewatch.Extraction;
using Spectre.Console;

namespace Pledgewatch.Cli.Output;

/// <summary>Claims as a table for people, one table per document; amounts in 万 and 亿 as reports write them.</summary>
internal sealed class TableClaimWriter : IClaimWriter
{
    private const int ClauseWidth = 28;
    private readonly IAnsiConsole _console;

    public TableClaimWriter(IAnsiConsole console, bool interactive)
    {
        _console = console;

        // A pipe or a file has no width of its own: give the table room instead of folding every cell.
        if (!interactive)
        {
            _console.Profile.Width = 160;
        }
    }

    public void Write(string document, IReadOnlyList<Claim> claims)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(document)}[/] — {claims.Count} claims")
            .AddColumn("kind")
            .AddColumn("year")
            .AddColumn("indicator")
            .AddColumn("measure")
            .AddColumn(new TableColumn("value").RightAligned())
            .AddColumn("unit")
            .AddColumn("clause")
            .AddColumn(new TableColumn("at").RightAligned());
        foreach (var c in claims)
        {
            table.AddRow(
                c.Kind == ClaimKind.Target ? "[blue]target[/]" : "[green]outcome[/]",
                c.Year.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(c.Indicator) + (c.Aspirational ? " [grey](力争)[/]" : ""),
                ContractNames.Of(c.Measure),
                Markup.Escape($"{ContractNames.Of(c.Op)} {ForPeople(c.Value)}"),
                Markup.Escape(c.Unit),
                Markup.Escape(Shorten(c.Text)),
                c.Start.ToString(CultureInfo.InvariantCulture));
        }

        _console.Write(table);
    }

    /// <summary>68030000000 → 680.3亿; 11300 → 1.13万; a direction without a number → 方向.</summary>
    internal static string ForPeople(double? value)
    {
        if (value is not { } v)
        {
            return "方向";
        }

        var magnitude = Math.Abs(v);
        return magnitude >= 1e8 && magnitude % 1e4 == 0 ? (v / 1e8).ToString("0.####", CultureInfo.InvariantCulture) + "亿"
            : magnitude >= 1e4 && magnitude % 10 == 0 ? (v / 1e4).ToString("0.####", CultureInfo.InvariantCulture) + "万"
            : v.ToString("0.####", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string clause)
    {
        var flat = clause.ReplaceLineEndings("").Replace(" ", "", StringComparison.Ordinal);
        return flat.Length <= ClauseWidth ? flat : flat[..(ClauseWidth - 1)] + "…";
    }

    public void Dispose()
    {
    }
}
