using System.CommandLine;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary><c>lifecycle followups plan &lt;events.csv&gt; --now &lt;instant&gt;</c>: the follow-up tasks the default cadences ask for.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("events.csv") { Description = "Events CSV: customer_id, event (booked, rescheduled, cancelled, service_started, service_completed, survey, deferred_repair, visit), at; optional appointment_id, scheduled_for, score, first_visit, zone." };
        var now = new Option<string>("--now") { Description = "The planning instant (ISO-8601, e.g. 2026-03-05T10:00:00Z); events after it are rejected.", Required = true };
        var zone = new Option<string?>("--zone") { Description = "IANA zone of customers whose rows name none, and for time stamps without an offset; Asia/Shanghai by default." };
        var calendar = new Option<string?>("--calendar") { Description = "Holiday calendar file (holidays and make-up workdays; format in docs/followups.md); default: the embedded mainland China 2026 sample." };
        var json = new Option<bool>("--json") { Description = "Print {\"tasks\":[…],\"suppressed\":[…],\"rejected\":[…]}: tasks with key, customer_id, step, channel, due_utc, due_local, zone, window_start_utc, window_end_utc, deadline_utc, anchor_utc, mandatory, reason, appointment_id, first_visit, at_risk, at_risk_reason, calendar_uncovered. The input of 'followups compliance'." };
        var strictCalendar = new Option<bool>("--strict-calendar") { Description = "Fail (exit 2) when a task falls on a date the holiday calendar does not cover, instead of warning." };
        var text = new TextInput();
        var command = new Command("plan", "Plan follow-up contacts from customer events with the default cadences, quiet hours, business hours and holidays.");
        command.Arguments.Add(file);
        command.Options.Add(now);
        command.Options.Add(zone);
        command.Options.Add(calendar);
        command.Options.Add(json);
        text.AddTo(command);
        command.Options.Add(strictCalendar);
        command.SetAction(parse =>
        {
            var tz = FollowupsCalendars.Zone(parse.GetValue(zone));
            var planningInstant = FollowupsCalendars.Now(parse.GetValue(now), tz);

            var contactCalendar = FollowupsCalendars.Load(parse.GetValue(calendar), tz);
            var session = new ImportSession(text.Resolve(parse, DateTimeZone.Utc));
            var path = parse.GetValue(file)!;
            var events = session.Read(path, options => FollowupEventsCsv.ReadFile(path, planningInstant, options), tz);
            var result = Plan(events.Accepted, contactCalendar, planningInstant, events.Rejected.Select(r => new RejectedJson(r.Line, r.Code, r.Reason)).ToArray());
            if (Uncovered(result, contactCalendar) is { } warning)
            {
                if (parse.GetValue(strictCalendar))
                {
                    throw new UnusableInputException(warning);
                }

                ConsoleText.Warn(warning);
            }

            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(result));
            }
            else
            {
                Render(Terminal.Out, result);
            }

            foreach (var r in result.Rejected.Take(20))
            {
                Terminal.Error.MarkupLineInterpolated($"[yellow]{path}: line {r.Line}: {r.Reason} ({r.Code})[/]");
            }

            session.WriteTotals();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Plans with the default cadences and turns the plan into its JSON shape (shared with the demo).</summary>
    internal static PlanJson Plan(IReadOnlyList<FollowupEvent> events, ContactCalendar calendar, Instant now, IReadOnlyList<RejectedJson> rejected)
    {
        var planner = new FollowupPlanner();
        var plan = planner.Plan(events, calendar, now);
        var segmentOf = SlaComplianceEvaluator.FirstVisitSegments(events);
        TaskJson Task(PlannedTask t)
        {
            var sla = SlaTask.From(t, planner.Steps);
            var zone = sla.Zone;
            return new TaskJson(
                t.Key,
                t.Customer.Value,
                t.Step,
                Channel(t.Channel),
                FollowupsFormat.Utc(t.Due),
                FollowupsFormat.Local(t.Due, zone),
                t.ZoneId,
                FollowupsFormat.Utc(t.WindowStart),
                FollowupsFormat.Utc(t.WindowEnd),
                t.Deadline is { } d ? FollowupsFormat.Utc(d) : null,
                sla.Anchor is { } a ? FollowupsFormat.Utc(a) : null,
                t.Mandatory,
                t.Reason,
                t.AppointmentId,
                segmentOf(sla) == SlaComplianceEvaluator.FirstTimeSegment,
                t.AtRisk,
                t.AtRiskReason,
                t.CalendarUncovered);
        }

        return new PlanJson(
            plan.Tasks.Select(Task).ToArray(),
            plan.Suppressed.Select(s => new SuppressedJson(s.Task.Key, s.Task.Customer.Value, s.Task.Step, Channel(s.Task.Channel), FollowupsFormat.Utc(s.Task.Due), Reason(s.Reason), s.Detail)).ToArray(),
            rejected);
    }

    /// <summary>One sentence naming the dates of tasks past the holiday calendar's coverage, or null when there are none.</summary>
    internal static string? Uncovered(PlanJson plan, ContactCalendar calendar)
    {
        var dates = plan.Tasks.Where(t => t.CalendarUncovered).Select(t => t.DueLocal[..10]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var covers = calendar.Holidays.Covers is { } c ? $"{c.Start:yyyy-MM-dd}..{c.End:yyyy-MM-dd}" : "no dates";
        var shown = string.Join(", ", dates.Take(10)) + (dates.Count > 10 ? $" and {dates.Count - 10} more" : string.Empty);
        return $"the holiday calendar \"{calendar.Holidays.Name}\" covers {covers}; tasks due on {shown} were planned as ordinary days (supply a calendar for those dates with --calendar)";
    }

    internal static string Channel(ContactChannel channel) => channel switch
    {
        ContactChannel.AppPush => "app_push",
        ContactChannel.Sms => "sms",
        ContactChannel.Phone => "phone",
        ContactChannel.Message => "message",
        _ => "in_person",
    };

    private static string Reason(SuppressionReason reason) => reason switch
    {
        SuppressionReason.FrequencyCap => "frequency_cap",
        SuppressionReason.NotAllowed => "not_allowed",
        SuppressionReason.PastDue => "past_due",
        SuppressionReason.NoTimeBeforeAppointment => "no_time_before_appointment",
        _ => "superseded",
    };

    internal static void Render(IAnsiConsole console, PlanJson plan, int limit = int.MaxValue, bool reasons = true)
    {
        var table = new Table().AddColumns(reasons ? ["due (local)", "customer", "step", "channel", "must", "reason"] : ["due (local)", "customer", "step", "channel", "must"]);
        foreach (var t in plan.Tasks.Take(limit))
        {
            string[] cells = [t.DueLocal[..16].Replace('T', ' '), t.CustomerId, t.Step, t.Channel, t.Mandatory ? "yes" : ""];
            NpsCommand.AddRow(table, reasons ? [.. cells, t.Reason] : cells);
        }

        console.Write(table);
        console.MarkupLineInterpolated($"{ConsoleText.Count(plan.Tasks.Count, "task")}{(limit < plan.Tasks.Count ? $" (the first {limit} shown)" : string.Empty)}, {plan.Suppressed.Count} suppressed, {ConsoleText.Count(plan.Rejected.Count, "rejected row")}");
        foreach (var t in plan.Tasks.Where(t => t.AtRisk).Take(Math.Min(limit, 20)))
        {
            console.MarkupLineInterpolated($"[red]at risk {t.Step} for {t.CustomerId}: {t.AtRiskReason}[/]");
        }

        foreach (var s in plan.Suppressed.Take(Math.Min(limit, 20)))
        {
            console.MarkupLineInterpolated($"[grey]suppressed {s.Step} for {s.CustomerId} ({s.Why}): {s.Detail}[/]");
        }
    }

}
