using System.CommandLine;
using System.Globalization;
using System.Text;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Memory;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary><c>lifecycle followups brief &lt;events.csv&gt; --now &lt;instant&gt;</c>: the pre-visit brief of each upcoming appointment.</summary>
internal static class BriefCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("events.csv") { Description = "Events CSV as for 'followups plan', with note rows: event = note, kind, text, optional expires and act_next_visit." };
        var now = new Option<string>("--now") { Description = "The planning instant (ISO-8601); appointments after it are upcoming.", Required = true };
        var zone = new Option<string?>("--zone") { Description = "IANA zone of customers whose rows name none; Asia/Shanghai by default." };
        var calendar = new Option<string?>("--calendar") { Description = "Holiday calendar file (format in docs/followups.md); default: the embedded mainland China 2026 sample." };
        var json = new Option<bool>("--json") { Description = "Print {\"briefs\":[…],\"rejected\":[…]}: per appointment customer_id, appointment_id, slot_utc, slot_local, task_key, task_due_utc, act_on, remember, deferred_work, open_detractor_loops, last_survey, open_tasks." };
        var text = new TextInput();
        var noNotes = new Option<bool>("--no-notes") { Description = "Leave the words of notes and survey comments out of the JSON (act_on and remember become null; said and comment null)." };
        var command = new Command("brief", "Print the pre-visit brief of each upcoming appointment: notes to act on, postponed work, open detractor loops, the last survey and open tasks.");
        command.Arguments.Add(file);
        command.Options.Add(now);
        command.Options.Add(zone);
        command.Options.Add(calendar);
        command.Options.Add(json);
        command.Options.Add(noNotes);
        text.AddTo(command);
        command.SetAction(parse =>
        {
            var tz = FollowupsCalendars.Zone(parse.GetValue(zone));
            var at = FollowupsCalendars.Now(parse.GetValue(now), tz);

            var session = new ImportSession(text.Resolve(parse, DateTimeZone.Utc));
            var path = parse.GetValue(file)!;
            var csv = session.Read(path, options => FollowupEventsCsv.ReadFile(path, at, options), tz);
            var briefs = Build(csv.Accepted, FollowupsCalendars.Load(parse.GetValue(calendar), tz), at);
            if (parse.GetValue(json))
            {
                var rejected = csv.Rejected.Select(r => new RejectedJson(r.Line, r.Code, r.Reason)).ToArray();
                Terminal.WriteRaw(CliJson.Serialize(new BriefsJson([.. briefs.Select(b => BriefJson.From(b, tz, parse.GetValue(noNotes)))], rejected)));
            }
            else
            {
                Terminal.WriteRaw(Render(briefs, tz));
            }

            foreach (var r in csv.Rejected.Take(20))
            {
                Terminal.Error.MarkupLineInterpolated($"[yellow]{path}: line {r.Line}: {r.Reason} ({r.Code})[/]");
            }

            session.WriteTotals();
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Plans with the default cadences and builds the briefs (shared with the demo).</summary>
    internal static IReadOnlyList<PreVisitBrief> Build(IReadOnlyList<FollowupEvent> events, ContactCalendar calendar, Instant now) =>
        PreVisitBriefs.Build(events, new FollowupPlanner().Plan(events, calendar, now), now);

    /// <summary>The briefs as plain text; every text from the input is escaped (<see cref="ConsoleText.Escape"/>).</summary>
    internal static string Render(IReadOnlyList<PreVisitBrief> briefs, DateTimeZone defaultZone)
    {
        var sb = new StringBuilder();
        foreach (var b in briefs)
        {
            var zone = Zone(b, defaultZone);
            string Local(Instant t) => FollowupsFormat.Local(t, zone)[..16].Replace('T', ' ');
            sb.Append(CultureInfo.InvariantCulture, $"{Local(b.Slot)}  {ConsoleText.Escape(b.Customer.Value)}  appointment {ConsoleText.Escape(b.AppointmentId)}");
            sb.AppendLine(b.Task is { } task ? $"  (brief due {Local(task.Due)})" : string.Empty);
            foreach (var n in b.ActOn)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  act on     [{n.Kind}] {ConsoleText.Escape(n.Text)}");
            }

            foreach (var n in b.Remember)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  remember   [{n.Kind}] {ConsoleText.Escape(n.Text)}");
            }

            foreach (var w in b.DeferredWork)
            {
                var due = w.DueAt is { } d ? $", due {Local(d)}" : string.Empty;
                sb.AppendLine(CultureInfo.InvariantCulture, $"  postponed  advised {Local(w.AdvisedAt)}{due}: {(w.Said is { } said ? ConsoleText.Escape(said) : "(nothing recorded)")}");
            }

            foreach (var t in b.OpenDetractorLoops)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  open loop  {t.Step} due {Local(t.Due)}");
            }

            if (b.LastSurvey is { } s)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  last score {s.Score.Value} on {Local(s.At)}{(s.Comment is { } c ? ": " + ConsoleText.Escape(c) : string.Empty)}");
            }

            foreach (var t in b.OpenTasks)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"  open task  {t.Step} due {Local(t.Due)}");
            }

            if (b.IsEmpty)
            {
                sb.AppendLine("  nothing on record");
            }
        }

        sb.Append(ConsoleText.Count(briefs.Count, "upcoming appointment"));
        return sb.ToString();
    }

    internal static DateTimeZone Zone(PreVisitBrief brief, DateTimeZone defaultZone) =>
        brief.Task is { } t ? DateTimeZoneProviders.Tzdb.GetZoneOrNull(t.ZoneId) ?? defaultZone : defaultZone;
}
