using System.CommandLine;
using CustomerLifecycle.Cli.Demo;
using CustomerLifecycle.Cli.Infrastructure;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands;

/// <summary><c>lifecycle demo</c>: every capability on embedded sample data generated from one after-sales network's figures.</summary>
internal static class DemoCommand
{
    /// <summary>The sections, in order. Each capability adds its own.</summary>
    private static IReadOnlyList<IDemoSection> Sections() =>
    [
        new NpsDemoSection(),
        new ClvDemoSection(),
        new FollowupsDemoSection(),
        .. ScorecardDemoSection.All(),
    ];

    public static Command Create()
    {
        var command = new Command("demo", "Run every analysis on embedded, deterministic sample data (no files, no network).");
        command.SetAction(_ =>
        {
            var console = Terminal.Out;
            console.Write(new Rule("[bold]CustomerLifecycle demo[/]").LeftJustified());
            console.MarkupLine("[grey]Sample data generated in code from one after-sales network's published figures and the literature's worked examples; every run prints the same numbers. Where each rule comes from: docs/concepts.[/]");
            foreach (var section in Sections())
            {
                console.WriteLine();
                console.Write(new Rule($"[bold yellow]{Markup.Escape(section.Title)}[/]").LeftJustified());
                section.Render(console);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
