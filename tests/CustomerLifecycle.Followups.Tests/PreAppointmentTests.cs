using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests;

// DOMAIN.md §3 "Before the appointment"; PRIOR_ART.md §3.2 (late bookings, reschedules, cancellations).
public class PreAppointmentTests
{
    private static readonly FollowupPlanner Planner = new(new CadenceOptions { Steps = [.. Cadences.PreAppointment()] });

    // Booked Wednesday 2026-03-04 10:00 for Monday 2026-03-09 10:00 (Shanghai).
    private static FollowupPlan PlanBooking(Instant bookedAt, Instant slot, params FollowupEvent[] more) =>
        Planner.Plan([FollowupEvent.Booked(Customer, bookedAt, "A1", slot), .. more], China(), slot);

    [Fact]
    public void A_booking_gets_a_confirmation_a_call_3_days_before_and_a_reminder_1_day_before()
    {
        var plan = PlanBooking(Cn(3, 4, 10), Cn(3, 9, 10));
        var confirm = plan.Task(Cadences.Confirm);
        Assert.Equal(Cn(3, 4, 10), confirm.Due);
        Assert.Equal(Cn(3, 5, 10), confirm.Deadline); // within 24 h
        Assert.True(confirm.Mandatory);
        Assert.Equal(ContactChannel.Message, confirm.Channel);
        Assert.Equal(Cn(3, 6, 10), plan.Task(Cadences.CallThreeDaysBefore).Due);
        var reminder = plan.Task(Cadences.ReminderOneDayBefore);
        Assert.Equal(Cn(3, 8, 10), reminder.Due); // Sunday is fine for an SMS (quiet hours only)
        Assert.Equal(ContactChannel.Sms, reminder.Channel);
        Assert.Equal("A1", reminder.AppointmentId);
        Assert.Equal("Asia/Shanghai", reminder.ZoneId);
        Assert.Equal(At(2026, 3, 8, 10, 0), reminder.LocalDue);
        Assert.Equal("C001|pre.reminder-1d|a:A1|0", reminder.Key);
        Assert.Empty(plan.Suppressed);
    }

    [Fact]
    public void A_call_3_days_before_that_falls_on_a_weekend_moves_earlier_to_friday()
    {
        // Slot Tuesday 10 March 10:00 → ideal call Saturday 7 March → Friday 6 March, 1 h before business hours end.
        var plan = PlanBooking(Cn(3, 2, 10), Cn(3, 10, 10));
        Assert.Equal(Cn(3, 6, 17), plan.Task(Cadences.CallThreeDaysBefore).Due);
        Assert.Equal(Cn(3, 6, 18), plan.Task(Cadences.CallThreeDaysBefore).WindowEnd);
    }

    // cal.com-style bug (PRIOR_ART §3.2, Cal-ID #1442): a 72 h-before contact for a booking made 20 h before.
    [Fact]
    public void A_late_booking_skips_the_contacts_whose_time_had_passed_and_reports_them()
    {
        var plan = PlanBooking(Cn(3, 8, 14), Cn(3, 9, 10));
        Assert.Equal(Cn(3, 9, 9), plan.Task(Cadences.Confirm).Due); // Sunday booking: confirmed Monday 09:00, before the 10:00 slot
        Assert.DoesNotContain(plan.Tasks, t => t.Step is Cadences.CallThreeDaysBefore or Cadences.ReminderOneDayBefore);
        Assert.Equal(SuppressionReason.PastDue, plan.Suppressed(Cadences.CallThreeDaysBefore).Reason);
        Assert.Equal(SuppressionReason.PastDue, plan.Suppressed(Cadences.ReminderOneDayBefore).Reason);
    }

    [Fact]
    public void A_reminder_whose_ideal_time_is_at_night_moves_to_the_evening_before()
    {
        // Slot Tuesday 07:30 → ideal reminder Monday 07:30, quiet → Sunday 20:00 (1 h before quiet hours).
        var plan = PlanBooking(Cn(3, 2, 10), Cn(3, 10, 7, 30));
        var reminder = plan.Task(Cadences.ReminderOneDayBefore);
        Assert.Equal(Cn(3, 8, 20), reminder.Due);
        Assert.Equal(Cn(3, 8, 21), reminder.WindowEnd);
        Assert.Equal(Cn(3, 9, 7, 30), reminder.IdealDue);
    }

    [Fact]
    public void A_reminder_moved_earlier_never_precedes_the_booking()
    {
        // Booked Sunday 20:30 for Tuesday 07:30: the evening slot before (20:00) is before the booking → sent at booking.
        var reminderOnly = Only(Cadences.PreAppointment().Single(s => s.Name == Cadences.ReminderOneDayBefore));
        var alone = reminderOnly.Plan([FollowupEvent.Booked(Customer, Cn(3, 8, 20, 30), "A1", Cn(3, 10, 7, 30))], China(), Cn(3, 9, 0));
        Assert.Equal(Cn(3, 8, 20, 30), alone.Task(Cadences.ReminderOneDayBefore).Due);

        // With the whole flow, the reminder never precedes the confirmation (Monday 09:00, business hours).
        var plan = PlanBooking(Cn(3, 8, 20, 30), Cn(3, 10, 7, 30));
        Assert.Equal(Cn(3, 9, 9), plan.Task(Cadences.Confirm).Due);
        Assert.Equal(Cn(3, 9, 9), plan.Task(Cadences.ReminderOneDayBefore).Due);
    }

    // America/New_York springs forward on Sunday 2026-03-08 at 02:00: "1 day before" a Sunday 10:00 slot is Saturday 10:00, 23 h before.
    [Fact]
    public void A_reminder_one_calendar_day_before_keeps_the_clock_time_across_DST()
    {
        var slot = Local(NewYork, 2026, 3, 8, 10);
        var plan = Planner.Plan([FollowupEvent.Booked(Customer, Local(NewYork, 2026, 3, 2, 10), "A1", slot, NewYork)], China(), slot);
        var reminder = plan.Task(Cadences.ReminderOneDayBefore);
        Assert.Equal(At(2026, 3, 7, 10, 0), reminder.LocalDue);
        Assert.Equal(Duration.FromHours(23), slot - reminder.Due);
        Assert.Equal("America/New_York", reminder.ZoneId);
    }

    [Fact]
    public void A_contact_with_no_allowed_time_before_the_appointment_is_suppressed()
    {
        // Booked Saturday 22:00 for Sunday 09:30: the confirmation needs business hours, which only open on Monday.
        var plan = PlanBooking(Cn(3, 7, 22), Cn(3, 8, 9, 30));
        Assert.Equal(SuppressionReason.NoTimeBeforeAppointment, plan.Suppressed(Cadences.Confirm).Reason);
        Assert.DoesNotContain(plan.Tasks, t => t.Step == Cadences.Confirm);
    }

    // cal.com issue 12407 (PRIOR_ART §3.2): reminders for the old slot after a reschedule.
    [Fact]
    public void A_reschedule_moves_every_task_to_the_new_slot_under_the_same_keys()
    {
        var booked = PlanBooking(Cn(3, 2, 10), Cn(3, 9, 10));
        var moved = PlanBooking(Cn(3, 2, 10), Cn(3, 9, 10), FollowupEvent.Rescheduled(Customer, Cn(3, 3, 11), "A1", Cn(3, 16, 10)));
        Assert.Equal(Cn(3, 15, 10), moved.Task(Cadences.ReminderOneDayBefore).Due);
        Assert.Equal(Cn(3, 13, 10), moved.Task(Cadences.CallThreeDaysBefore).Due);
        Assert.DoesNotContain(moved.Tasks, t => t.Due > Cn(3, 4, 0) && t.Due < Cn(3, 10, 0)); // nothing near the old slot

        var diff = FollowupPlan.Diff(booked, moved);
        Assert.Empty(diff.Added);
        Assert.Empty(diff.Removed);
        Assert.Equal(3, diff.Moved.Count);
        Assert.Equal(Duration.FromDays(7), Assert.Single(diff.Moved, m => m.Key.Contains(Cadences.ReminderOneDayBefore, StringComparison.Ordinal)).Shift);
    }

    [Fact]
    public void A_cancellation_removes_every_task_of_the_appointment()
    {
        var booked = PlanBooking(Cn(3, 2, 10), Cn(3, 9, 10));
        var cancelled = PlanBooking(Cn(3, 2, 10), Cn(3, 9, 10), FollowupEvent.Cancelled(Customer, Cn(3, 5, 10), "A1"));
        Assert.Empty(cancelled.Tasks);
        Assert.Empty(cancelled.Suppressed);
        var diff = FollowupPlan.Diff(booked, cancelled);
        Assert.Equal(booked.Tasks.Select(t => t.Key).Order(StringComparer.Ordinal), diff.Removed.Select(t => t.Key));
    }

    [Fact]
    public void A_booking_after_a_cancellation_under_the_same_id_plans_again()
    {
        var plan = PlanBooking(
            Cn(3, 2, 10),
            Cn(3, 9, 10),
            FollowupEvent.Cancelled(Customer, Cn(3, 3, 10), "A1"),
            FollowupEvent.Booked(Customer, Cn(3, 4, 10), "A1", Cn(3, 20, 10)));
        Assert.Equal(Cn(3, 19, 10), plan.Task(Cadences.ReminderOneDayBefore).Due);
    }

    [Fact]
    public void A_cancellation_of_an_unknown_appointment_also_drops_its_service_tasks()
    {
        var plan = Planner.Plan(
            [FollowupEvent.Cancelled(Customer, Cn(3, 2, 10), "A9")],
            China(),
            Cn(3, 3, 0));
        Assert.Empty(plan.Tasks);
    }
}
