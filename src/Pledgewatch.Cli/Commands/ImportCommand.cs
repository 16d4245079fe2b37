using System.CommandLine;
using Pledgewatch.Cli.Output;
using Pledgewatch.Extraction;
using Pledgewatch.Documents;
using Pledgewatch.Storage.Import;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch import PATH… [--region R] [--year Y] [--db FILE | --connection STRING]</c>.</summary>
internal static class ImportCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Report files, or folders to import recursively (index.json beside the files gives region, year, title, type).",
            Arity = ArgumentArity.OneOrMore,
        };
        var region = ExtractCommand.RegionOption();
        var year = ExtractCommand.YearOption();
        var command = new Command("import", "Store reports and their claims in the database: each document is one transaction; the same bytes again change nothing.")
        {
            paths, region, year,
        };
        StoreOptions.SetAction(command, stderr, (opened, parse) => Task.FromResult(
            Run(new DocumentImporter(opened, ExtractionPipeline.Default), parse.GetValue(paths) ?? [], parse.GetValue(region), parse.GetValue(year), stdout, stderr)));
        return command;
    }

    private static int Run(DocumentImporter importer, string[] arguments, string? region, int? year, TextWriter stdout, TextWriter stderr)
    {
        var files = ReportFiles.Expand(arguments);
        var interactive = stderr == Console.Error && !Console.IsErrorRedirected;
        IReadOnlyList<ImportResult> results;
        if (interactive)
        {
            IReadOnlyList<ImportResult>? done = null;
            FileProgress.For(stderr).Start(context =>
            {
                var task = context.AddTask("importing", maxValue: files.Length);
                done = importer.ImportFilesAsync(files, region, year, r =>
                {
                    task.Description = Markup.Escape(Path.GetFileName(r.Path));
                    task.Increment(1);
                }).GetAwaiter().GetResult();
            });
            results = done!;
        }
        else
        {
            results = importer.ImportFilesAsync(files, region, year, r =>
            {
                if (r.Status != ImportStatus.Failed)
                {
                    stdout.WriteLine($"{Describe(r.Status)}\t{r.Path}\t{r.Claims} claims");
                }
            }).GetAwaiter().GetResult();
        }

        foreach (var failure in results.Where(r => r.Status == ImportStatus.Failed))
        {
            stderr.WriteLine($"pledgewatch: {failure.Path}: {failure.Error}");
        }

        var count = (ImportStatus s) => results.Count(r => r.Status == s);
        stdout.WriteLine(
            $"{results.Count} documents: {count(ImportStatus.New)} new, {count(ImportStatus.NewVersion)} new versions, "
            + $"{count(ImportStatus.Unchanged)} unchanged, {count(ImportStatus.Failed)} failed; {results.Sum(r => r.Claims)} claims added "
            + $"({importer.Location})");
        var unresolved = results.Select(r => r.UnresolvedRegion).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unresolved.Count > 0)
        {
            stdout.WriteLine($"{unresolved.Count} regions not in the national tree, filed without a code (merge them on the administration page): {string.Join("、", unresolved)}");
        }

        return count(ImportStatus.Failed) > 0 ? Program.SomeFailed : Program.Ok;
    }

    private static string Describe(ImportStatus status) => status switch
    {
        ImportStatus.New => "new",
        ImportStatus.NewVersion => "new version",
        _ => "unchanged",
    };
}
