using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using CustomerLifecycle.Followups.Compliance;
using NodaTime;

namespace CustomerLifecycle.Docs.Examples.Tutorials;

/// <summary>The code of docs/tutorials/service-centre-followups.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class ServiceCentre
{
    /// <summary>One evening of a service centre: events → plan → the advisor's work → the 24 h callback rate.</summary>
    public static (IReadOnlyList<FollowupEvent> Events, FollowupPlan Plan, ComplianceRate Callbacks) Run()
    {
        // <example:events>
        var shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
        var calendar = new ContactCalendar(shanghai, HolidayCalendar.ChinaMainland2026()); // quiet hours, advisor hours, holidays
        Instant At(int month, int day, int hour, int minute = 0) =>
            shanghai.AtStrictly(new LocalDateTime(2026, month, day, hour, minute)).ToInstant();

        var wang = CustomerId.From("wang");    // first visit today, and an unhappy survey answer
        var zhao = CustomerId.From("zhao");    // booked for Thursday
        FollowupEvent[] events =
        [
            FollowupEvent.ServiceCompleted(wang, At(3, 9, 11, 40), isFirstVisit: true, appointmentId: "A-100", zone: shanghai),
            FollowupEvent.Survey(wang, At(3, 9, 16), LikelihoodScore.From(5), isFirstVisit: true, appointmentId: "A-100", zone: shanghai),
            FollowupEvent.Booked(zhao, At(3, 3, 9), "A-200", At(3, 12, 9), shanghai),
        ];
        // </example:events>

        // <example:plan>
        var now = At(3, 9, 20);                                 // Monday 9 March, 20:00: after the last service
        var plan = new FollowupPlanner().Plan(events, calendar, now);
        foreach (var task in plan.Tasks)
        {
            Console.WriteLine($"{task.LocalDue:yyyy-MM-dd HH:mm} {task.Customer} {task.Step} by {task.Channel}{(task.Mandatory ? " (mandatory)" : "")}");
        }
        // </example:plan>

        // <example:compliance>
        var callback = plan.Tasks.Single(t => t.Step == Cadences.Callback && t.Customer == wang);
        TaskCompletion[] done = [TaskCompletion.ForKey(callback.Key, At(3, 10, 10, 50), "phone", "advisor Li")];
        var rate = new SlaComplianceEvaluator().FirstTimeCallbackRate(plan, done, events, at: At(3, 16, 9));
        Console.WriteLine($"24 h callbacks of first-time customers: {rate.OnTime} of {rate.Due} on time ({rate.Rate?.ToPercentString()})");
        // </example:compliance>
        return (events, plan, rate);
    }
}
