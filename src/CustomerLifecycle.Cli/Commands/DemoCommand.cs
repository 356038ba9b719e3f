using System.CommandLine;
using CustomerLifecycle.Cli.Demo;
using CustomerLifecycle.Cli.Infrastructure;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands;

/// <summary><c>lifecycle demo</c>: a guided tour of every capability on embedded sample data.</summary>
internal static class DemoCommand
{
    /// <summary>The sections, in order. Each capability adds its own.</summary>
    internal static IReadOnlyList<IDemoSection> Sections() =>
    [
        new NpsDemoSection(),
        new ClvModelsDemoSection(),
        new ClvDemoSection(),
        new FollowupsDemoSection(),
        .. ScorecardDemoSection.All(),
    ];

    public static Command Create()
    {
        var command = new Command("demo", "A guided tour: every analysis on embedded, deterministic sample data (no files, no network), each section ending with the command that does it on your own data.");
        command.SetAction(_ =>
        {
            var console = Terminal.Out;
            console.MarkupLine("[bold]CustomerLifecycle: a guided tour[/]");
            console.MarkupLine("[grey]Every section computes on sample data generated in code (from one after-sales network's published figures, the literature's worked examples and simulations with fixed seeds), so every run prints the same numbers. The rules and their sources are explained on the documentation site's Concepts pages.[/]");
            foreach (var section in Sections())
            {
                console.WriteLine();
                console.MarkupLine($"[bold yellow]── {Markup.Escape(section.Title)} ──[/]");
                section.Render(console);
                console.MarkupLine($"[green]what to try next:[/] {Markup.Escape(section.TryNext)}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
