using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>Loads contact calendars for the follow-up commands and runs compliance with or without business hours.</summary>
internal static class FollowupsCalendars
{
    public static ComplianceReport Evaluate(SlaComplianceEvaluator evaluator, TasksFile tasks, IReadOnlyList<TaskCompletion> completions, Instant at, string? calendarPath)
    {
        if (evaluator.Options.Clock == SlaClock.BusinessHours)
        {
            throw new UnusableInputException("--hours business: not available yet in this build");
        }

        return evaluator.EvaluateTasks(tasks.Tasks, completions, at, segmentOf: t => ComplianceCommand.Segment(tasks, t));
    }
}
