using Spectre.Console;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>The consoles the commands write to: results on stdout, progress and messages on stderr.</summary>
internal static class Terminal
{
    /// <summary>Results (tables, JSON, CSV). Plain text when redirected, so output stays machine-readable.</summary>
    public static IAnsiConsole Out { get; set; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Out),
        Ansi = Console.IsOutputRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsOutputRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    /// <summary>Progress and warnings.</summary>
    public static IAnsiConsole Error { get; set; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Console.Error),
        Ansi = Console.IsErrorRedirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = Console.IsErrorRedirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
    });

    /// <summary>Writes raw text (JSON, CSV) to stdout without markup processing.</summary>
    public static void WriteRaw(string text) => Console.Out.WriteLine(text);
}
