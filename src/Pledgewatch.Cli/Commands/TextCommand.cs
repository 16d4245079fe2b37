using System.CommandLine;
using Pledgewatch.Documents;
using Pledgewatch.Extraction;

namespace Pledgewatch.Cli.Commands;

/// <summary><c>pledgewatch text FILE</c>: the normalised text the grammar reads.</summary>
internal static class TextCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "A report file." };
        var command = new Command("text", "Print the normalised text of a report: half-width digits, markup removed, wrapped lines joined.")
        {
            file,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var text = DocumentReader.ReadFile(path);
                stdout.Write(ExtractionPipeline.Default.Normalize(text.Text, text.Format).Text);
                stdout.WriteLine();
                return Program.Ok;
            }
            catch (DocumentReadException e)
            {
                stderr.WriteLine($"pledgewatch: {path}: {e.Message}");
                return Program.SomeFailed;
            }
        });
        return command;
    }
}
