using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Commands;
using CustomerLifecycle.Cli.Commands.Clv;
using CustomerLifecycle.Cli.Commands.Followups;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Commands.Report;
using CustomerLifecycle.Cli.Commands.Scorecard;
using CustomerLifecycle.Cli.Infrastructure;

namespace CustomerLifecycle.Cli;

/// <summary>The entry point of the <c>lifecycle</c> tool.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        HugePages.AdviseHeap();
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        var (stdout, stderr) = (Console.Out, Console.Error);
        Console.SetOut(ConsoleText.Guard(stdout, allowColour: !Console.IsOutputRedirected));
        Console.SetError(ConsoleText.Guard(stderr, allowColour: !Console.IsErrorRedirected));
        try
        {
            return Run(args);
        }
        finally
        {
            Console.Out.Flush();
            Console.Error.Flush();
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }
    }

    private static int Run(string[] args)
    {
        var root = BuildRootCommand();
        var parse = root.Parse(StandardInput.Resolve(args));
        if (parse.Errors.Count > 0)
        {
            Console.Error.WriteLine($"lifecycle: {OneLine(parse.Errors[0].Message)} (see 'lifecycle --help')");
            return ExitCodes.UnusableInput;
        }

        Terminal.Format = parse.GetValue(root.Options.OfType<Option<TableFormat>>().Single());

        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UnusableInputException ex)
        {
            Console.Error.WriteLine($"lifecycle: {OneLine(ex.Message)}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"lifecycle: {OneLine(ex.Message)}");
            return ExitCodes.UnusableInput;
        }
        catch (ArithmeticException ex)
        {
            // Values the input allows but no computation can carry (a sum of amounts beyond decimal's 7.9e28, a horizon
            // too long for a series to converge): unusable input, said in one line.
            Console.Error.WriteLine($"lifecycle: the input leads to numbers out of range: {OneLine(ex.Message)}");
            return ExitCodes.UnusableInput;
        }
#pragma warning disable CA1031 // The tool's contract: one line on stderr, never a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.Error.WriteLine($"lifecycle: internal error: {OneLine(ex.Message)} ({ex.GetType().Name})");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>The whole command tree; tests parse against it too.</summary>
    internal static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("lifecycle: customer-lifecycle analytics (NPS with honest statistics, CLV, follow-ups, scorecards).");
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(NpsCommand.Create());
        root.Subcommands.Add(ClvCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(FollowupsCommand.Create());
        root.Subcommands.Add(ScorecardCommand.Create());
        root.Options.Add(TableFormatOption.Create());
        CliHelp.Install(root);
        return root;
    }

    private static string OneLine(string message) => ConsoleText.Escape(message.ReplaceLineEndings(" "));
}
