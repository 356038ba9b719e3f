using CustomerLifecycle.Cli.Commands.Followups;
using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;
using Spectre.Console;

namespace CustomerLifecycle.Cli.Demo;

/// <summary>
/// Follow-ups on embedded events: a first-time customer's booking → service → detractor survey, a reschedule and a
/// cancellation, planned with the mainland China 2026 sample calendar at a fixed "now", then a compliance line and a
/// customer's pre-visit brief.
/// </summary>
internal sealed class FollowupsDemoSection : IDemoSection
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    /// <summary>The fixed planning instant: Monday 9 March 2026, 20:00 in Shanghai.</summary>
    private static readonly Instant Now = Local(2026, 3, 9, 20, 0);

    public string Title => "Follow-ups on a real calendar: holidays, quiet hours, 24 h callbacks and the pre-visit brief";

    public string TryNext => "lifecycle followups plan events.csv --now 2026-03-09T20:00:00+08:00 --zone Asia/Shanghai, then lifecycle followups compliance tasks.json done.csv";

    public void Render(IAnsiConsole console)
    {
        var events = Events();
        var calendar = new ContactCalendar(Shanghai, HolidayCalendar.ChinaMainland2026());
        var plan = new FollowupPlanner().Plan(events, calendar, Now);
        var json = PlanCommand.Plan(events, calendar, Now, []);
        console.MarkupLineInterpolated($"[grey]{events.Count} events of 3 customers, planned at 2026-03-09 20:00 Shanghai with the China 2026 holiday calendar (quiet hours 21:00–08:00, advisor hours Mon–Fri 09:00–18:00).[/]");
        PlanCommand.Render(console, json, reasons: false);

        // The advisor calls the first-time customer back the next morning; the detractor recovery call waits two days.
        var callback = plan.Tasks.Single(t => t.Step == Cadences.Callback && t.Customer.Value == "wang");
        var recovery = plan.Tasks.Single(t => t.Step == Cadences.DetractorRecovery);
        var log = new[]
        {
            TaskCompletion.ForKey(callback.Key, Local(2026, 3, 10, 10, 50), "phone", "advisor Li"),
            TaskCompletion.ForKey(recovery.Key, Local(2026, 3, 12, 11, 0), "phone", "advisor Li"),
        };
        var at = Local(2026, 3, 16, 9, 0);
        var evaluator = new SlaComplianceEvaluator();
        var rate = evaluator.FirstTimeCallbackRate(plan, log, events, at);
        var report = evaluator.Evaluate(plan, log, at, segmentOf: SlaComplianceEvaluator.FirstVisitSegments(events));
        var recoveryOutcome = report.Tasks.Single(t => t.TaskKey == recovery.Key);
        console.MarkupLineInterpolated($"The first-time customer's callback is due by the end of the service + 24 h: {FollowupsFormat.Local(callback.Due, Shanghai)[..16].Replace('T', ' ')}, deadline {FollowupsFormat.Local(callback.Deadline!.Value, Shanghai)[..16].Replace('T', ' ')}.");
        console.MarkupLineInterpolated($"24 h callback rate, first-time customers: [bold]{ComplianceCommand.Percent(rate.Rate?.Value)}[/] ({rate.OnTime} of {rate.Due}); detractor recovery: {recoveryOutcome.Status} by {recoveryOutcome.Lateness?.TotalHours ?? 0:0.#} h; all {report.Overall.Due} tasks due by 2026-03-16 09:00, with only these two completions logged: {ComplianceCommand.Percent(report.Overall.Rate?.Value)} on time.");
        FollowupsBriefDemo.Render(console, Shanghai, Local);
    }

    private static Instant Local(int y, int m, int d, int h, int min) => Shanghai.AtStrictly(new LocalDateTime(y, m, d, h, min)).ToInstant();

    private static List<FollowupEvent> Events()
    {
        var wang = CustomerId.From("wang");
        var zhao = CustomerId.From("zhao");
        var chen = CustomerId.From("chen");
        return
        [
            FollowupEvent.Booked(wang, Local(2026, 3, 2, 10, 0), "A-100", Local(2026, 3, 9, 10, 0), Shanghai),
            FollowupEvent.ServiceStarted(wang, Local(2026, 3, 9, 10, 5), "A-100", Local(2026, 3, 9, 12, 0), Shanghai),
            FollowupEvent.ServiceCompleted(wang, Local(2026, 3, 9, 11, 40), isFirstVisit: true, appointmentId: "A-100", zone: Shanghai),
            FollowupEvent.Survey(wang, Local(2026, 3, 9, 16, 0), LikelihoodScore.From(5), isFirstVisit: true, appointmentId: "A-100", zone: Shanghai),
            FollowupEvent.Booked(zhao, Local(2026, 3, 3, 9, 0), "A-200", Local(2026, 3, 12, 9, 0), Shanghai),
            FollowupEvent.Rescheduled(zhao, Local(2026, 3, 4, 9, 0), "A-200", Local(2026, 3, 13, 15, 0), Shanghai),
            FollowupEvent.Booked(chen, Local(2026, 3, 3, 11, 0), "A-300", Local(2026, 3, 11, 11, 0), Shanghai),
            FollowupEvent.Cancelled(chen, Local(2026, 3, 4, 11, 0), "A-300", Shanghai),
        ];
    }
}
