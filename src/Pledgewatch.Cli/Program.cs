using System.CommandLine;
using System.Text;
using Pledgewatch.Cli.Commands;

namespace Pledgewatch.Cli;

/// <summary>The <c>pledgewatch</c> command line.</summary>
public static class Program
{
    /// <summary>Exit codes: 0 ok, 1 some file failed, 2 usage.</summary>
    public const int Ok = 0, SomeFailed = 1, Usage = 2;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        return Run(args, Console.Out, Console.Error, Console.In);
    }

    /// <summary>Runs the command line with the given output writers; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        var root = BuildCommand(stdout, stderr, stdin ?? TextReader.Null);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"pledgewatch: {error.Message}");
            }

            stderr.WriteLine("Try 'pledgewatch --help'.");
            return Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    internal static RootCommand BuildCommand(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var root = new RootCommand("Pledgewatch reads Chinese government work reports into claims (every quantified target and outcome, with its evidence), stores them, and judges each target against the next year's results.");
        root.Subcommands.Add(ExtractCommand.Build(stdout, stderr));
        root.Subcommands.Add(TextCommand.Build(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Build(stdout, stderr));
        root.Subcommands.Add(ReportCommands.Scorecard(stdout, stderr));
        root.Subcommands.Add(ReportCommands.Conflicts(stdout, stderr));
        root.Subcommands.Add(ReportCommands.CarryOver(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Build(stdout, stderr));
        root.Subcommands.Add(AdminCommands.Regions(stdout, stderr));
        root.Subcommands.Add(AdminCommands.Catalog(stdout, stderr));
        root.Subcommands.Add(AdminCommands.Correct(stdout, stderr));
        root.Subcommands.Add(UserCommand.Build(stdout, stderr, stdin));
        root.Subcommands.Add(BallotCommand.Build(stdout, stderr));
        return root;
    }
}
