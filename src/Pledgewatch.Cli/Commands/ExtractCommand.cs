using System.CommandLine;
using Pledgewatch.Cli.Output;
using Pledgewatch.Documents;
using Pledgewatch.Extraction;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch extract FILE… [--format jsonl|csv|table] [--region R] [--year Y]</c>.</summary>
internal static class ExtractCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Report files: .txt, .md, .html, .docx or .pdf, in UTF-8, UTF-16 or GB18030/GBK.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<ClaimFormat>("--format", "-f")
        {
            Description = "jsonl (the claims.md contract), csv, or table (for people).",
            DefaultValueFactory = _ => ClaimFormat.Jsonl,
        };
        var region = RegionOption();
        var year = YearOption();
        var command = new Command("extract", "Read every quantified target and outcome of the reports and write them as claims.")
        {
            files, format, region, year,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? [],
            parse.GetValue(format),
            parse.GetValue(region),
            parse.GetValue(year),
            stdout,
            stderr));
        return command;
    }

    internal static Option<string?> RegionOption() => new("--region")
    {
        Description = "The region the reports speak for (常州市); overrides index.json and the title.",
    };

    internal static Option<int?> YearOption() => new("--year")
    {
        Description = "The year the reports were delivered (2024 reviews 2023 and plans 2024); overrides index.json and the title.",
    };

    public static int Run(string[] files, ClaimFormat format, string? region, int? year, TextWriter stdout, TextWriter stderr)
    {
        var failed = 0;
        var pipeline = ExtractionPipeline.Default;
        using var output = stdout == Console.Out ? Console.OpenStandardOutput() : new TextWriterStream(stdout);
        using IClaimWriter writer = format switch
        {
            ClaimFormat.Csv => new CsvClaimWriter(output),
            ClaimFormat.Table => new TableClaimWriter(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) })),
            _ => new JsonlClaimWriter(output),
        };

        foreach (var file in files)
        {
            try
            {
                var (text, info) = DocumentLoader.Load(file, region, year);
                var result = pipeline.Extract(text.Text, info);
                writer.Write(text.Name, result.Claims);
            }
            catch (DocumentReadException e)
            {
                stderr.WriteLine($"pledgewatch: {file}: {e.Message}");
                failed++;
            }
            catch (ArgumentException e)
            {
                stderr.WriteLine($"pledgewatch: {file}: {e.Message.Split('\n')[0]}");
                failed++;
            }
        }

        return failed > 0 ? Program.SomeFailed : Program.Ok;
    }
}
