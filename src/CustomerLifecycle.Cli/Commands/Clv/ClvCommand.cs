using System.CommandLine;

namespace CustomerLifecycle.Cli.Commands.Clv;

/// <summary><c>lifecycle clv …</c>: the customer-lifetime-value commands.</summary>
internal static class ClvCommand
{
    internal static Command Create()
    {
        var command = new Command("clv", "Customer lifetime value: summarize transactions, fit and predict with the buy-till-you-die models");
        command.Subcommands.Add(ClvSummarizeCommand.Create());
        command.Subcommands.Add(ClvFitCommand.Create());
        command.Subcommands.Add(ClvPredictCommand.Create());
        command.Subcommands.Add(ClvDiagnoseCommand.Create());
        return command;
    }
}
