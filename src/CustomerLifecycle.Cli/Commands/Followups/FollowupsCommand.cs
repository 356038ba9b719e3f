using System.CommandLine;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary><c>lifecycle followups</c>: planning follow-ups and measuring their SLA compliance.</summary>
internal static class FollowupsCommand
{
    public static Command Create()
    {
        var command = new Command("followups", "Follow-up contacts: plan them from customer events (quiet hours, business hours, holidays), brief the advisor before each visit, then measure SLA compliance.");
        command.Subcommands.Add(PlanCommand.Create());
        command.Subcommands.Add(ComplianceCommand.Create());
        command.Subcommands.Add(BriefCommand.Create());
        return command;
    }
}
