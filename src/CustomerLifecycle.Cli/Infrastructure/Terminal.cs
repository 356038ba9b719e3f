using Spectre.Console;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>The consoles the commands write to: results on stdout, progress and messages on stderr.</summary>
/// <remarks>
/// Each access wraps the current <see cref="Console.Out"/>/<see cref="Console.Error"/>, so redirection (including
/// <see cref="Console.SetOut"/> in tests) is honoured. Plain text without colours when the stream is redirected.
/// </remarks>
internal static class Terminal
{
    /// <summary>Results (tables, JSON, CSV).</summary>
    public static IAnsiConsole Out => Create(Console.Out, Console.IsOutputRedirected);

    /// <summary>Progress and warnings.</summary>
    public static IAnsiConsole Error => Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>Writes raw text (JSON, CSV) to stdout without markup processing.</summary>
    public static void WriteRaw(string text) => Console.Out.WriteLine(text);

    private static IAnsiConsole Create(TextWriter writer, bool redirected) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
        ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
        Interactive = InteractionSupport.No,
    });
}
