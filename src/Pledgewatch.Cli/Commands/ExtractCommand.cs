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
            Description = "Report files (.txt, .md, .html, .docx, .pdf; UTF-8, UTF-16 or GB18030/GBK), or folders to read them from, recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<ClaimFormat>("--format", "-f")
        {
            Description = "jsonl (the claims.md contract), csv, or table (for people).",
            DefaultValueFactory = _ => ClaimFormat.Jsonl,
        };
        var region = RegionOption();
        var year = YearOption();
        var diagnostics = new Option<bool>("--diagnostics")
        {
            Description = "Also list on standard error what the reader noticed and left out (numbers without a unit, a missing region).",
        };
        var command = new Command("extract", "Read every quantified target and outcome of the reports and write them as claims.")
        {
            files, format, region, year, diagnostics,
        };
        command.SetAction(parse => Run(
            parse.GetValue(files) ?? [],
            parse.GetValue(format),
            parse.GetValue(region),
            parse.GetValue(year),
            stdout,
            stderr,
            parse.GetValue(diagnostics)));
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

    public static int Run(string[] arguments, ClaimFormat format, string? region, int? year, TextWriter stdout, TextWriter stderr, bool diagnostics = false)
    {
        var files = ReportFiles.Expand(arguments);
        // On a terminal with a progress bar, failures wait until the bar is gone.
        var interactive = files.Length > 1 && stderr == Console.Error && !Console.IsErrorRedirected;
        var heldBack = new List<string>();
        var failed = 0;
        var claims = 0;
        var pipeline = ExtractionPipeline.Default;
        using var output = stdout == Console.Out ? Console.OpenStandardOutput() : new TextWriterStream(stdout);
        using IClaimWriter writer = format switch
        {
            ClaimFormat.Csv => new CsvClaimWriter(output),
            ClaimFormat.Table => new TableClaimWriter(
                AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stdout) }),
                interactive: stdout == Console.Out && !Console.IsOutputRedirected),
            _ => new JsonlClaimWriter(output),
        };

        // Files are read and extracted on all cores, a few ahead of the writer, and written in the order given.
        static Read ReadOne(string file, string? region, int? year, ExtractionPipeline pipeline)
        {
            try
            {
                var (text, info) = DocumentLoader.Load(file, region, year);
                return new Read(file, text.Name, pipeline.Extract(text.Text, info), null);
            }
            catch (Exception e) when (e is DocumentReadException or ArgumentException)
            {
                return new Read(file, "", null, $"pledgewatch: {file}: {e.Message.Split('\n')[0]}");
            }
        }

        void WriteOne(Read read)
        {
            if (read.Result is not { } result)
            {
                failed++;
                if (interactive)
                {
                    heldBack.Add(read.Error!);
                }
                else
                {
                    stderr.WriteLine(read.Error);
                }

                return;
            }

            writer.Write(read.Name, result.Claims);
            claims += result.Claims.Count;
            if (diagnostics)
            {
                foreach (var d in result.Diagnostics)
                {
                    stderr.WriteLine($"{read.File}:{d.Start}: {d.Code} {d.Message}");
                }
            }
        }

        IEnumerable<Read> InOrder()
        {
            var ahead = new Queue<Task<Read>>();
            foreach (var file in files)
            {
                ahead.Enqueue(Task.Run(() => ReadOne(file, region, year, pipeline)));
                if (ahead.Count > Environment.ProcessorCount)
                {
                    yield return ahead.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (ahead.Count > 0)
            {
                yield return ahead.Dequeue().GetAwaiter().GetResult();
            }
        }

        // A progress bar on a terminal when there is a folder's worth of files; never in a pipe.
        if (interactive)
        {
            FileProgress.For(stderr).Start(context =>
            {
                var task = context.AddTask("reading reports", maxValue: files.Length);
                foreach (var read in InOrder())
                {
                    task.Description = Markup.Escape(Path.GetFileName(read.File));
                    WriteOne(read);
                    task.Increment(1);
                }
            });
        }
        else
        {
            foreach (var read in InOrder())
            {
                WriteOne(read);
            }
        }

        foreach (var line in heldBack)
        {
            stderr.WriteLine(line);
        }

        if (interactive)
        {
            stderr.WriteLine($"{files.Length} files: {claims} claims{(failed > 0 ? $", {failed} failed" : "")}");
        }

        return failed > 0 ? Program.SomeFailed : Program.Ok;
    }

    /// <summary>A file read and extracted, or the one-line reason it could not be.</summary>
    private sealed record Read(string File, string Name, ExtractionResult? Result, string? Error);
}
