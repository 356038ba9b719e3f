using Spectre.Console;

namespace CustomerLifecycle.Cli.Infrastructure;

/// <summary>The consoles the commands write to: results on stdout, progress and messages on stderr.</summary>
/// <remarks>
/// Each access wraps the current <see cref="Console.Out"/>/<see cref="Console.Error"/>, so redirection (including
/// <see cref="Console.SetOut"/> in tests) is honoured. When a stream is redirected (a pipe or a file) the text is plain,
/// without colours, and is not wrapped: lines and tables keep their natural width instead of the 80 columns a
/// terminal is assumed to have. With <c>--format tsv</c> tables on stdout are printed as tab-separated values.
/// </remarks>
internal static class Terminal
{
    /// <summary>The width given to redirected output: wide enough that no line of the tool's output is wrapped.</summary>
    internal const int NaturalWidth = 10_000;

    /// <summary>How tables on stdout are printed; set once per run from <c>--format</c>.</summary>
    public static TableFormat Format { get; set; } = TableFormat.Table;

    /// <summary>Results (tables, JSON, CSV).</summary>
    public static IAnsiConsole Out
    {
        get
        {
            var console = Create(Console.Out, Console.IsOutputRedirected);
            return Format == TableFormat.Tsv ? new TsvConsole(console) : console;
        }
    }

    /// <summary>Progress and warnings.</summary>
    public static IAnsiConsole Error => Create(Console.Error, Console.IsErrorRedirected);

    /// <summary>Writes raw text (JSON, CSV) to stdout without markup processing.</summary>
    public static void WriteRaw(string text) => Console.Out.WriteLine(text);

    private static IAnsiConsole Create(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (redirected)
        {
            console.Profile.Width = NaturalWidth;
        }

        return console;
    }
}
