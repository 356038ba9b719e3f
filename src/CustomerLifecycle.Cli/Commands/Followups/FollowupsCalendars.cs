using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary>Loads contact calendars for the follow-up commands and runs compliance with or without business hours.</summary>
internal static class FollowupsCalendars
{
    /// <summary>The zone of the sample calendar, and the default zone of the follow-up commands.</summary>
    public const string DefaultZoneId = "Asia/Shanghai";

    /// <summary>
    /// The contact calendar: holidays and make-up workdays from a holiday calendar file (the format of
    /// docs/followups.md; default: the embedded mainland China 2026 sample), advisor hours Mon–Fri 09:00–18:00, quiet hours 21:00–08:00.
    /// </summary>
    public static ContactCalendar Load(string? path, DateTimeZone zone)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return new ContactCalendar(zone, HolidayCalendar.ChinaMainland2026());
        }

        return new ContactCalendar(zone, ImportSession.Guard(() => HolidayCalendarFile.ReadFile(path)));
    }

    /// <summary>The --now instant of the planning commands, read in <paramref name="zone"/> when it has no offset.</summary>
    public static Instant Now(string? text, DateTimeZone zone) => IsoTime.TryParse(text, zone, out var now)
        ? now
        : throw new UnusableInputException($"--now: \"{text}\" is not an ISO-8601 time stamp (e.g. 2026-03-05T10:00:00Z)");

    public static DateTimeZone Zone(string? id) => CommonOptions.ResolveZone(string.IsNullOrWhiteSpace(id) ? DefaultZoneId : id);

    public static ComplianceReport Evaluate(SlaComplianceEvaluator evaluator, ImportResult<TaskRow> tasks, IReadOnlyList<TaskCompletion> completions, Instant at, ContactCalendar? calendar)
    {
        var firstVisit = tasks.Accepted.Where(t => t.FirstVisit).Select(t => t.Task.Key).ToHashSet(StringComparer.Ordinal);
        return evaluator.EvaluateTasks(tasks.Accepted.Select(t => t.Task).ToArray(), completions, at, calendar, t => ComplianceCommand.Segment(firstVisit, t));
    }
}
