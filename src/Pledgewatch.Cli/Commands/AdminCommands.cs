using System.CommandLine;
using Pledgewatch.Extraction.Numbers;
using Pledgewatch.Storage;
using Pledgewatch.Storage.Tracking;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>regions import|list</c>, <c>catalog merge</c> and <c>correct</c>: what editors and administrators change.</summary>
internal static class AdminCommands
{
    public static Command Regions(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A CSV with a header: code,name,parent_code[,level] (parents before their children)." };
        var import = new Command("import", "Add regions to the tree from a CSV; all or nothing.") { file };
        StoreOptions.SetAction(import, stderr, async (store, parse) =>
        {
            try
            {
                using var reader = new StreamReader(parse.GetValue(file)!);
                var count = await RegionDirectory.ImportCsvAsync(store, reader);
                stdout.WriteLine($"{count} regions imported");
                return Program.Ok;
            }
            catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"pledgewatch: {parse.GetValue(file)}: {e.Message.Split('\n')[0]}");
                return Program.SomeFailed;
            }
        });

        var all = new Option<bool>("--all") { Description = "The whole national tree (3,340 regions), not only the regions with documents and those above them." };
        var list = new Command("list", "List the regions with documents, and those above them, with codes and document counts.") { all };
        StoreOptions.SetAction(list, stderr, async (store, parse) =>
        {
            var (regions, counts) = await RegionDirectory.TreeAsync(store);
            var shown = parse.GetValue(all) ? null : Shown(regions, counts.Keys);
            var children = regions.Where(r => shown is null || shown.Contains(r.Id)).ToLookup(r => r.ParentId);
            void Print(int? parent, int depth)
            {
                foreach (var r in children[parent])
                {
                    stdout.WriteLine($"{new string(' ', depth * 2)}{r.Code ?? "—",-6} {r.Name} ({r.Level ?? "?"}) {counts.GetValueOrDefault(r.Id)} documents{(r.Code is null ? " — no code: not in the national tree" : "")}");
                    Print(r.Id, depth + 1);
                }
            }

            Print(null, 0);
            if (shown is not null && shown.Count < regions.Count)
            {
                stdout.WriteLine($"({regions.Count - shown.Count} more regions without documents: --all lists them)");
            }

            return Program.Ok;
        });
        return new Command("regions", "The region tree (GB/T 2260 codes).") { import, list };
    }

    /// <summary>The regions with documents and every region above them.</summary>
    private static HashSet<int> Shown(List<Pledgewatch.Storage.Entities.RegionEntity> regions, IEnumerable<int> withDocuments)
    {
        var parents = regions.ToDictionary(r => r.Id, r => r.ParentId);
        var shown = new HashSet<int>();
        foreach (var id in withDocuments)
        {
            for (int? at = id; at is { } x && shown.Add(x); at = parents.GetValueOrDefault(x))
            {
            }
        }

        return shown;
    }

    public static Command Catalog(TextWriter stdout, TextWriter stderr)
    {
        var alias = new Argument<string>("indicator") { Description = "The indicator as reports name it (an unknown phrase)." };
        var into = new Option<string>("--into") { Description = "The catalog indicator it is another name for.", Required = true };
        var by = new Option<string>("--by") { Description = "Who merges (kept with the alias).", DefaultValueFactory = _ => Environment.UserName };
        var merge = new Command("merge", "Make an indicator name an alias of a catalog indicator; its claims are then judged under that indicator.") { alias, into, by };
        StoreOptions.SetAction(merge, stderr, async (opened, parse) =>
        {
            var result = await new Editing(opened).MergeIndicatorAsync(parse.GetValue(alias)!, parse.GetValue(into)!, parse.GetValue(by)!);
            return Report(result, $"{parse.GetValue(alias)} is now an alias of {parse.GetValue(into)}", stdout, stderr);
        });
        return new Command("catalog", "The indicator catalog in the database.") { merge };
    }

    public static Command Correct(TextWriter stdout, TextWriter stderr)
    {
        var id = new Argument<long>("claim") { Description = "The claim's id (export --what claims, or scorecard --format json)." };
        var by = new Option<string>("--by") { Description = "Who corrects (kept with the version).", Required = true };
        var value = new Option<string?>("--value") { Description = "The value as the report writes it (680.3亿元, 10.4万人, 5.5%, or 68030000000), or 'none' for a direction without a number." };
        var op = new Option<string?>("--op") { Description = "= ~ >= > <= <" };
        var kind = new Option<string?>("--kind") { Description = "target or outcome" };
        var measure = new Option<string?>("--measure") { Description = "growth, level or added" };
        var year = new Option<int?>("--year") { Description = "The year the value is for." };
        var indicator = new Option<string?>("--indicator") { Description = "What is measured." };
        var unit = new Option<string?>("--unit") { Description = "The base unit." };
        var note = new Option<string?>("--note") { Description = "Why." };
        var command = new Command("correct", "Correct a claim: stored as a new version with who and when; the extracted original is kept.")
        {
            id, by, value, op, kind, measure, year, indicator, unit, note,
        };
        var store = new StoreOptions();
        store.AddTo(command);
        command.SetAction(parse =>
        {
            var raw = parse.GetValue(value);
            double? number = null;
            var typedUnit = parse.GetValue(unit);
            if (raw is not null && raw != "none")
            {
                // Read by the grammar's own quantity parser: 680.3亿元 is 68030000000 元.
                if (!WrittenAmount.TryRead(raw, out var parsed, out var writtenUnit))
                {
                    stderr.WriteLine($"pledgewatch: --value {raw} is not an amount (write it as the report does: 680.3亿元, 10.4万人, 5.5%)");
                    return Program.Usage;
                }

                if (writtenUnit is not null && typedUnit is not null && typedUnit != writtenUnit)
                {
                    stderr.WriteLine($"pledgewatch: --value {raw} is in {writtenUnit} but --unit says {typedUnit}");
                    return Program.Usage;
                }

                number = parsed;
                typedUnit = writtenUnit ?? typedUnit;
            }

            var opened = store.Open(parse, stderr);
            if (opened is null)
            {
                return Program.SomeFailed;
            }

            var change = new ClaimCorrection
            {
                Value = number,
                ClearValue = raw == "none",
                Op = parse.GetValue(op),
                Kind = parse.GetValue(kind),
                Measure = parse.GetValue(measure),
                Year = parse.GetValue(year),
                Indicator = parse.GetValue(indicator),
                Unit = typedUnit,
                Note = parse.GetValue(note),
            };
            var result = new Editing(opened).CorrectClaimAsync(parse.GetValue(id), change, parse.GetValue(by)!).GetAwaiter().GetResult();
            return Report(result, $"claim {parse.GetValue(id)} is now at version {result.Version}", stdout, stderr);
        });
        return command;
    }

    private static int Report(EditResult result, string done, TextWriter stdout, TextWriter stderr)
    {
        if (result.Outcome == EditOutcome.Done)
        {
            stdout.WriteLine(done);
            return Program.Ok;
        }

        stderr.WriteLine($"pledgewatch: {result.Error}");
        return Program.SomeFailed;
    }
}
