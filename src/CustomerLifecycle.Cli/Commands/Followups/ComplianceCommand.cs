using System.CommandLine;
using System.Globalization;
using CustomerLifecycle.Cli.Commands.Nps;
using CustomerLifecycle.Cli.Infrastructure;
using CustomerLifecycle.Core.Import;
using CustomerLifecycle.Data.Followups;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Commands.Followups;

/// <summary><c>lifecycle followups compliance &lt;tasks.json&gt; &lt;done.csv&gt;</c>: SLA compliance of a plan against a completion log.</summary>
internal static class ComplianceCommand
{
    public static Command Create()
    {
        var tasks = new Argument<string>("tasks.json") { Description = "The output of 'followups plan --json' ({\"tasks\":[…]}), or a JSON array of tasks with key, customer_id, step, due_utc (anchor_utc, window_end_utc, zone, first_visit optional)." };
        var done = new Argument<string>("done.csv") { Description = "Completion log CSV: completed_at and key (or customer_id + step); optional channel, completed_by." };
        var json = CommonOptions.Json();
        var at = new Option<string?>("--at") { Description = "Evaluation instant (ISO-8601); completions after it are not counted, deadlines after it are not yet due. Default: now." };
        var hours = new Option<string>("--hours") { Description = "Which hours count towards SLA targets and lateness: calendar (default) or business (the calendar's business hours).", DefaultValueFactory = _ => "calendar" };
        var calendar = new Option<string?>("--calendar") { Description = "Holiday calendar file for --hours business (same format as 'followups plan --calendar'); default: the embedded mainland China 2026 sample." };
        var zone = new Option<string?>("--zone") { Description = "IANA zone for completed_at / --at without an offset; Asia/Shanghai by default (business hours are read in each task's own zone)." };
        var text = new TextInput();
        var command = new Command("compliance", "SLA compliance of planned follow-ups: on time, late (and by how much), missed, not yet due; rates per step and segment, and the 24 h callback rate of first-time customers.");
        command.Arguments.Add(tasks);
        command.Arguments.Add(done);
        command.Options.Add(json);
        command.Options.Add(at);
        command.Options.Add(hours);
        command.Options.Add(calendar);
        command.Options.Add(zone);
        text.AddTo(command);
        command.SetAction(parse =>
        {
            var tz = FollowupsCalendars.Zone(parse.GetValue(zone));
            var clock = ParseClock(parse.GetValue(hours));
            var evaluatedAt = ResolveAt(parse.GetValue(at), tz);
            var session = new ImportSession(text.Resolve(parse, DateTimeZone.Utc));
            var (tasksPath, donePath) = (parse.GetValue(tasks)!, parse.GetValue(done)!);
            var tasksFile = session.Read(tasksPath, options => TasksJson.ReadFile(tasksPath, options));
            var doneCsv = ImportSession.Guard(() => CompletionsCsv.ReadFile(donePath, session.Options(tz)));
            var evaluator = new SlaComplianceEvaluator(new SlaComplianceOptions { Clock = clock });
            var contactCalendar = clock == SlaClock.BusinessHours ? FollowupsCalendars.Load(parse.GetValue(calendar), tz) : null;
            var report = FollowupsCalendars.Evaluate(evaluator, tasksFile, doneCsv.Accepted.Select(c => c.Completion).ToArray(), evaluatedAt, contactCalendar);
            var doneRejected = DoneRejections(report, doneCsv);
            session.Count(donePath, AsEvaluated(report, doneCsv, doneRejected));
            var result = ToJson(report, tasksPath, tasksFile, doneRejected);
            if (parse.GetValue(json))
            {
                Terminal.WriteRaw(CliJson.Serialize(result));
            }
            else
            {
                Render(result);
                Warn([.. tasksFile.Rejected.Select(r => (tasksPath, r)), .. doneRejected.Select(r => (donePath, r))]);
            }

            session.WriteTotals();
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static string Segment(IReadOnlySet<string> firstVisitKeys, SlaTask task) =>
        firstVisitKeys.Contains(task.Key) ? SlaComplianceEvaluator.FirstTimeSegment : SlaComplianceEvaluator.ReturningSegment;

    /// <summary>The completion log's rejected rows, in line order: those the reader refused and those whose task the
    /// evaluation could not find or use.</summary>
    private static RejectedRow[] DoneRejections(ComplianceReport report, ImportResult<CompletionRow> doneCsv) =>
        [.. doneCsv.Rejected.Concat(report.Rejected.Select(r => new RejectedRow(doneCsv.Accepted[r.Index].Line, r.Code, r.Reason))).OrderBy(r => r.Line)];

    /// <summary>
    /// The completion log as the evaluation used it, for the rejection total and strict mode: a completion the evaluation
    /// could not match to a task is a rejected row like one the reader refused.
    /// </summary>
    private static ImportResult<CompletionRow> AsEvaluated(ComplianceReport report, ImportResult<CompletionRow> doneCsv, RejectedRow[] doneRejected)
    {
        var unmatched = report.Rejected.Select(r => r.Index).ToHashSet();
        return new ImportResult<CompletionRow>([.. doneCsv.Accepted.Where((_, i) => !unmatched.Contains(i))], doneRejected);
    }

    /// <summary>The JSON report; a rejected row of the tasks file says the file's name before its reason (the completion
    /// log's rows do not: the log is the file the lines belong to by default).</summary>
    internal static ComplianceJson ToJson(ComplianceReport report, string tasksPath, ImportResult<TaskRow> tasksFile, IReadOnlyList<RejectedRow> doneRejected)
    {
        var rejected = tasksFile.Rejected.Select(r => new RejectedJson(r.Line, r.Code, $"{tasksPath}: {r.Reason}"))
            .Concat(doneRejected.Select(r => new RejectedJson(r.Line, r.Code, r.Reason)))
            .ToArray();
        return new ComplianceJson(
            FollowupsFormat.Utc(report.EvaluatedAt),
            FollowupsFormat.Clock(report.Clock),
            RateJson.From(report.Overall),
            RateJson.From(report.RateOf(SlaComplianceOptions.CallbackStep, SlaComplianceEvaluator.FirstTimeSegment)),
            report.ByStep.Select(p => new NamedRateJson(p.Key, RateJson.From(p.Value))).ToArray(),
            report.BySegment.Select(p => new NamedRateJson(p.Key, RateJson.From(p.Value))).ToArray(),
            report.Tasks.Select(t => new TaskOutcomeJson(
                t.TaskKey,
                t.Customer.Value,
                t.Step,
                t.Segment,
                FollowupsFormat.Utc(t.Deadline),
                FollowupsFormat.Status(t.Status),
                t.Completion is { } c ? FollowupsFormat.Utc(c.CompletedAt) : null,
                t.Completion?.CompletedBy,
                t.Completion?.Channel,
                t.Lateness is { } l ? RateJson.Hours(l) : null)).ToArray(),
            rejected);
    }

    private static SlaClock ParseClock(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" or "CALENDAR" => SlaClock.CalendarHours,
        "BUSINESS" => SlaClock.BusinessHours,
        _ => throw new UnusableInputException($"--hours: expected calendar or business; got '{text}'"),
    };

    private static Instant ResolveAt(string? text, DateTimeZone zone)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
#pragma warning disable RS0030 // The tool is a composition root: without --at, "now" is the system clock.
            return SystemClock.Instance.GetCurrentInstant();
#pragma warning restore RS0030
        }

        return Core.IsoTime.TryParse(text, zone, out var instant)
            ? instant
            : throw new UnusableInputException($"--at: \"{text}\" is not an ISO-8601 time stamp (e.g. 2026-03-05T10:15:00Z)");
    }

    internal static string Percent(double? rate) => rate is { } r ? (r * 100d).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "undefined";

    private static string HoursText(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture) + " h";

    private static void Render(ComplianceJson r)
    {
        var console = Terminal.Out;
        console.MarkupLineInterpolated($"[bold]SLA compliance[/] at {r.EvaluatedAt} ({r.Clock.Replace('_', ' ')}): {r.Overall.Due} tasks due, {Percent(r.Overall.Rate)} on time");
        console.MarkupLineInterpolated($"24 h callback rate, first-time customers: [bold]{Percent(r.FirstTimeCallback.Rate)}[/] ({r.FirstTimeCallback.OnTime} of {r.FirstTimeCallback.Due} due; {r.FirstTimeCallback.NotYetDue} not yet due)");
        console.Write(RateTable("step", r.ByStep));
        if (r.BySegment.Count > 0)
        {
            console.Write(RateTable("segment", r.BySegment));
        }

        var overdue = r.Tasks.Where(t => t.Status is "late" or "missed").OrderByDescending(t => t.LatenessHours).Take(20).ToArray();
        if (overdue.Length > 0)
        {
            var table = new Table().AddColumns("task", "customer", "step", "status", "how late");
            foreach (var t in overdue)
            {
                NpsCommand.AddRow(table, t.Key, t.CustomerId, t.Step, t.Status, HoursText(t.LatenessHours ?? 0d));
            }

            console.Write(table);
        }
    }

    /// <summary>The first 20 rejected rows on stderr, each with its file and line.</summary>
    private static void Warn(IEnumerable<(string Path, RejectedRow Row)> rejected)
    {
        foreach (var (path, rej) in rejected.Take(20))
        {
            Terminal.Error.MarkupLineInterpolated($"[yellow]{path}: line {rej.Line}: {rej.Reason} ({rej.Code})[/]");
        }
    }

    private static Table RateTable(string what, IEnumerable<NamedRateJson> rows)
    {
        var table = new Table().AddColumns(what, "due", "on time", "late", "missed", "not yet due", "rate", "max late");
        foreach (var row in rows)
        {
            var x = row.Rate;
            NpsCommand.AddRow(
                table,
                row.Name,
                x.Due.ToString(CultureInfo.InvariantCulture),
                x.OnTime.ToString(CultureInfo.InvariantCulture),
                x.Late.ToString(CultureInfo.InvariantCulture),
                x.Missed.ToString(CultureInfo.InvariantCulture),
                x.NotYetDue.ToString(CultureInfo.InvariantCulture),
                Percent(x.Rate),
                HoursText(x.MaxLatenessHours));
        }

        return table;
    }
}
