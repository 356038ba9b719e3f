using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

public class ContactCalendarTests
{
    private static readonly ContactRules QuietPhone = new(ContactChannel.Phone, QuietHours: true, BusinessHours: false);
    private static readonly ContactRules QuietMessage = new(ContactChannel.Message, QuietHours: true, BusinessHours: false);
    private static readonly ContactRules Office = new(ContactChannel.Phone, QuietHours: true, BusinessHours: true);
    private static readonly ContactRules Anytime = new(ContactChannel.AppPush, QuietHours: false, BusinessHours: false);

    [Fact]
    public void A_night_contact_moves_to_8_in_the_morning_local()
    {
        var cal = China();
        Assert.False(cal.IsAllowed(Cn(3, 4, 22), QuietPhone));
        Assert.Equal(Cn(3, 5, 8), cal.NextAllowed(Cn(3, 4, 22), QuietPhone));
        Assert.Equal(Cn(3, 5, 8), cal.NextAllowed(Cn(3, 5, 2), QuietPhone));
        Assert.Equal(Cn(3, 5, 10), cal.NextAllowed(Cn(3, 5, 10), QuietPhone));
    }

    // 2026-02-13 is a Friday; Saturday 2026-02-14 is a make-up working day (春节调休), then 15–23 Feb are off.
    [Fact]
    public void A_make_up_working_day_opens_a_saturday_and_the_spring_festival_closes_nine_days()
    {
        var cal = China();
        Assert.Equal(Cn(2, 14, 9), cal.NextAllowed(Cn(2, 13, 18, 30), Office));
        Assert.Equal(Cn(2, 24, 9), cal.NextAllowed(Cn(2, 14, 18, 0), Office));
        Assert.Null(cal.WorkingHoursOn(new LocalDate(2026, 2, 16)));
        Assert.Equal(BusinessHours.Default.MakeUpDayHours, cal.WorkingHoursOn(new LocalDate(2026, 2, 14)));
    }

    [Fact]
    public void Holidays_silence_phone_calls_but_not_messages_by_default()
    {
        var cal = China();
        Assert.False(cal.IsAllowed(Cn(2, 16, 10), QuietPhone));
        Assert.True(cal.IsAllowed(Cn(2, 16, 10), QuietMessage));
        Assert.Equal(Cn(2, 24, 8), cal.NextAllowed(Cn(2, 16, 10), QuietPhone));
        var noHolidayChannels = cal.WithHolidayChannels();
        Assert.True(noHolidayChannels.IsAllowed(Cn(2, 16, 10), QuietPhone));
        Assert.False(cal.WithHolidayChannels(ContactChannel.Message).IsAllowed(Cn(2, 16, 10), QuietMessage));
    }

    [Fact]
    public void Quiet_hours_are_per_channel()
    {
        var cal = China().WithQuietHours(ContactChannel.AppPush, QuietHours.From(new LocalTime(22, 0), new LocalTime(7, 0)));
        var push = new ContactRules(ContactChannel.AppPush, true, false);
        Assert.True(cal.IsAllowed(Cn(3, 4, 21, 30), push));
        Assert.False(cal.IsAllowed(Cn(3, 4, 21, 30), QuietPhone));
        Assert.Equal(QuietHours.Default, cal.QuietHoursOf(ContactChannel.Sms));
    }

    // America/New_York springs forward on Sunday 2026-03-08 at 02:00 → 03:00.
    [Fact]
    public void New_York_quiet_night_before_spring_forward_ends_at_8_EDT_9_hours_later()
    {
        var cal = In(NewYork);
        var saturday22 = Local(NewYork, 2026, 3, 7, 22);
        var next = cal.NextAllowed(saturday22, QuietPhone)!.Value;
        Assert.Equal(At(2026, 3, 8, 8, 0), next.InZone(NewYork).LocalDateTime);
        Assert.Equal(Duration.FromHours(9), next - saturday22);
    }

    [Fact]
    public void A_quiet_hours_end_inside_the_DST_gap_moves_forward_by_the_gap()
    {
        var cal = In(NewYork).WithQuietHours(ContactChannel.Phone, QuietHours.From(new LocalTime(21, 0), new LocalTime(2, 30)));
        var next = cal.NextAllowed(Local(NewYork, 2026, 3, 8, 1), QuietPhone)!.Value;
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 7, 30), next); // 03:30 EDT: 02:30 does not exist
        Assert.Equal(At(2026, 3, 8, 3, 30), next.InZone(NewYork).LocalDateTime);
    }

    // America/New_York falls back on Sunday 2026-11-01 at 02:00 → 01:00: 01:30 happens twice.
    [Fact]
    public void A_quiet_hours_end_inside_the_DST_overlap_takes_the_earlier_instant()
    {
        var cal = In(NewYork).WithQuietHours(ContactChannel.Phone, QuietHours.From(new LocalTime(21, 0), new LocalTime(1, 30)));
        var first130 = Instant.FromUtc(2026, 11, 1, 5, 30); // 01:30 EDT
        Assert.Equal(first130, cal.NextAllowed(Instant.FromUtc(2026, 11, 1, 4, 0), QuietPhone));
        Assert.False(cal.IsAllowed(first130 - Duration.Epsilon, QuietPhone));
        Assert.True(cal.IsAllowed(Instant.FromUtc(2026, 11, 1, 6, 0), QuietPhone)); // 01:00 EST, after the first 01:30
    }

    // Europe/London springs forward on Sunday 2026-03-29 at 01:00 → 02:00 and falls back on 2026-10-25.
    [Fact]
    public void London_quiet_hours_follow_local_time_on_both_DST_changes()
    {
        var cal = In(London);
        Assert.Equal(Instant.FromUtc(2026, 3, 29, 7, 0), cal.NextAllowed(Instant.FromUtc(2026, 3, 28, 23, 0), QuietPhone)); // 08:00 BST
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 8, 0), cal.NextAllowed(Instant.FromUtc(2026, 10, 24, 23, 0), QuietPhone)); // 08:00 GMT
        Assert.Equal(Instant.FromUtc(2026, 10, 25, 21, 0), cal.AllowedUntil(Instant.FromUtc(2026, 10, 25, 12, 0), QuietPhone, Instant.FromUtc(2026, 10, 27, 0, 0)));
    }

    [Fact]
    public void Previous_allowed_leaves_the_lead_before_quiet_hours_start()
    {
        var cal = China();
        var lead = Duration.FromHours(1);
        Assert.Equal(Cn(3, 4, 20), cal.PreviousAllowed(Cn(3, 5, 7), QuietPhone, lead)); // Thursday 07:00 → Wednesday 20:00
        Assert.Equal(Cn(3, 6, 17), cal.PreviousAllowed(Cn(3, 9, 8), Office, lead)); // Monday 08:00 → Friday 17:00
        Assert.Equal(Cn(3, 5, 9), cal.PreviousAllowed(Cn(3, 5, 9, 30), Office, lead)); // only 30 min allowed before: the stretch start
        Assert.Throws<ArgumentOutOfRangeException>("lead", () => cal.PreviousAllowed(Cn(3, 5, 7), QuietPhone, Duration.Zero));
    }

    [Fact]
    public void Allowed_until_joins_stretches_that_meet_at_midnight_and_stops_at_the_limit()
    {
        var cal = China();
        Assert.Equal(Cn(3, 4, 21), cal.AllowedUntil(Cn(3, 4, 10), QuietPhone, Cn(3, 10, 0)));
        Assert.Equal(Cn(3, 4, 18), cal.AllowedUntil(Cn(3, 4, 10), Office, Cn(3, 10, 0)));
        Assert.Equal(Cn(3, 4, 15), cal.AllowedUntil(Cn(3, 4, 10), Office, Cn(3, 4, 15)));
        Assert.Equal(Cn(3, 8, 12), cal.AllowedUntil(Cn(3, 4, 10), Anytime, Cn(3, 8, 12)));
        Assert.Throws<ArgumentException>("allowed", () => cal.AllowedUntil(Cn(3, 4, 23), QuietPhone, Cn(3, 8, 12)));
        Assert.Throws<ArgumentException>("limit", () => cal.AllowedUntil(Cn(3, 4, 10), QuietPhone, Cn(3, 4, 10)));
    }

    [Fact]
    public void A_calendar_that_never_opens_reports_no_allowed_time()
    {
        var closed = BusinessHours.Weekdays(DailyHours.From(new LocalTime(9, 0), new LocalTime(10, 0)));
        foreach (var day in new[] { IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday })
        {
            closed = closed.With(day, null);
        }

        // Even so, the 2026 make-up working days open (Saturday 9 May is the first after 4 March).
        Assert.Equal(Cn(5, 9, 9), China().WithBusinessHours(closed).NextAllowed(Cn(3, 4, 10), Office));
        var cal = China().WithBusinessHours(closed).WithHolidays(HolidayCalendar.Empty);
        Assert.Null(cal.NextAllowed(Cn(3, 4, 10), Office));
        Assert.Null(cal.PreviousAllowed(Cn(3, 4, 10), Office, Duration.FromHours(1)));
        Assert.Equal(Cn(3, 4, 10), cal.NextAllowed(Cn(3, 4, 10), QuietPhone)); // quiet-hours-only contacts are unaffected
    }

    [Fact]
    public void An_undefined_channel_is_misuse() =>
        Assert.Throws<ArgumentOutOfRangeException>("channel", () => China().IsAllowed(Cn(3, 4, 10), new ContactRules((ContactChannel)42, true, false)));
}
