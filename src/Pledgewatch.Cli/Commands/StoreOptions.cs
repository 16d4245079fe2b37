using System.CommandLine;
using Pledgewatch.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>The options every command that uses the database takes: --db FILE or --connection STRING.</summary>
internal sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db")
    {
        Description = $"The SQLite database file (created on first use); default {StoreLocation.DefaultFile} in the working folder.",
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = "A PostgreSQL connection string (Host=…;Database=…;Username=…), used instead of --db.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Connection);
    }

    /// <summary>
    /// Gives <paramref name="command"/> the --db and --connection options and runs <paramref name="action"/>
    /// on the database they name. A database or file problem is a one-line error and exit code 1.
    /// </summary>
    public static void SetAction(Command command, TextWriter stderr, Func<PledgewatchStore, ParseResult, Task<int>> action)
    {
        var options = new StoreOptions();
        options.AddTo(command);
        command.SetAction(parse =>
        {
            var store = options.Open(parse, stderr);
            if (store is null)
            {
                return Program.SomeFailed;
            }

            try
            {
                return action(store, parse).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is StoreException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"pledgewatch: {e.Message.Split('\n')[0]}");
                return Program.SomeFailed;
            }
        });
    }

    /// <summary>Opens the database the options name; null (after a one-line error) when it cannot be opened.</summary>
    public PledgewatchStore? Open(ParseResult parse, TextWriter stderr)
    {
        var location = StoreLocation.From(parse.GetValue(Db), parse.GetValue(Connection));
        try
        {
            return PledgewatchStore.OpenAsync(location).GetAwaiter().GetResult();
        }
        catch (StoreException e)
        {
            stderr.WriteLine($"pledgewatch: {e.Message}");
            return null;
        }
    }
}
