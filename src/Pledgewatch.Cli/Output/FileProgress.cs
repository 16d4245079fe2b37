using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pledgewatch.Cli.Output;

/// <summary>The progress bar of a command over many files, on a terminal: the file at hand, the bar, files a second and the time left.</summary>
internal static class FileProgress
{
    public static Progress For(TextWriter stderr) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) })
            .Progress().AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new RemainingTimeColumn());

    /// <summary>Files a second.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? $"{speed:0.0} files/s" : "", new Style(Color.Grey));
    }
}
