using CustomerLifecycle.Core;
using CustomerLifecycle.Followups;
using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Docs.Examples;

/// <summary>The code of docs/followups.md; compiled and run by tests/CustomerLifecycle.Docs.Tests.</summary>
public static class FollowupsPage
{
    /// <summary>Plans a booking, then a reschedule, and diffs the two plans.</summary>
    public static (FollowupPlan Booked, FollowupPlan Moved, PlanDiff Diff) Run()
    {
        // <example:plan>
        var calendar = new ContactCalendar(
            DateTimeZoneProviders.Tzdb["Asia/Shanghai"],      // customers' default zone
            HolidayCalendar.ChinaMainland2026());             // holidays and make-up workdays (data)
        var planner = new FollowupPlanner();                  // the default cadences
        var customer = CustomerId.From("C042");
        var bookedAt = Instant.FromUtc(2026, 2, 10, 2, 0);    // Tue 10 Feb, 10:00 in Shanghai
        var slot = Instant.FromUtc(2026, 2, 25, 2, 0);        // Wed 25 Feb, 10:00
        FollowupEvent[] events = [FollowupEvent.Booked(customer, bookedAt, "A-17", slot)];

        var booked = planner.Plan(events, calendar, now: bookedAt);
        foreach (var task in booked.Tasks)
        {
            Console.WriteLine($"{task.LocalDue:yyyy-MM-dd HH:mm} {task.Step} by {task.Channel}");
        }

        // 2026-02-10 10:00 pre.confirm by Message
        // 2026-02-14 17:00 pre.call-3d by Phone      ideal Sun 22 Feb is in the Spring Festival break:
        //                                            moved earlier to the make-up working Saturday
        // 2026-02-24 10:00 pre.reminder-1d by Sms
        // </example:plan>

        // <example:diff>
        var rescheduledAt = Instant.FromUtc(2026, 2, 12, 6, 0);
        FollowupEvent[] later = [.. events, FollowupEvent.Rescheduled(customer, rescheduledAt, "A-17", Instant.FromUtc(2026, 3, 4, 2, 0))];
        var moved = planner.Plan(later, calendar, now: rescheduledAt);
        var diff = FollowupPlan.Diff(booked, moved);           // matched by task key
        Console.WriteLine($"{diff.Added.Count} added, {diff.Removed.Count} removed, {diff.Moved.Count} moved");
        // 0 added, 0 removed, 3 moved: upsert the moved tasks by key; nothing is left for the old slot
        // </example:diff>
        return (booked, moved, diff);
    }
}
