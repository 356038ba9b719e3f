using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using NodaTime.TimeZones;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

/// <summary>The cursor's shortcuts for the planner — local dates looked up by day number, whole-day offsets added as elapsed
/// time, windows that end without reading the next day — must answer exactly as NodaTime does.</summary>
public class CalendarCursorDayTests
{
    private static readonly int[] Days = [-400, -60, -7, -3, -1, 0, 1, 2, 3, 7, 30, 60, 400];
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Local_times_and_day_numbers_equal_NodaTime_from_before_1970_to_far_ahead(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        var rng = new Random(3);
        var from = Instant.FromUtc(1890, 1, 1, 0, 0);
        for (var i = 0; i < 4000; i++)
        {
            // Random instants over 5,000 years (before 1970, past the remembered range, many windows apart), then a near
            // neighbour of the same date that must not reuse a stale one.
            var t = from + Duration.FromMinutes((long)(rng.NextDouble() * 60 * 24 * 365.25 * 5000));
            Assert.Equal(t.InZone(zone).LocalDateTime, cursor.ToLocal(t));
            var near = t + Duration.FromMinutes(rng.Next(-3000, 3000));
            Assert.Equal(near.InZone(zone).LocalDateTime, cursor.ToLocal(near));

            // The day number counts the days from 1970-01-01 to the local date.
            Assert.Equal(Period.Between(Epoch, t.InZone(zone).Date, PeriodUnits.Days).Days, cursor.DayNumber(t));
            Assert.Equal(Period.Between(Epoch, near.InZone(zone).Date, PeriodUnits.Days).Days, cursor.DayNumber(near));

            // With the time of day: the same date by number, and the local time in nanoseconds since midnight.
            var local = near.InZone(zone).LocalDateTime;
            Assert.Equal(Period.Between(Epoch, local.Date, PeriodUnits.Days).Days, cursor.DayNumber(near, out var nanoOfDay));
            Assert.Equal(local.TimeOfDay.NanosecondOfDay, nanoOfDay);
            Assert.Equal(local.Date, cursor.DateOf(cursor.DayNumber(near)));
        }
    }

    [Fact]
    public void Day_numbers_with_the_time_of_day_count_back_from_1970_at_odd_nanoseconds()
    {
        var cursor = new CalendarCursor(In(Shanghai), Shanghai, rememberDays: true);
        foreach (var t in new[]
        {
            Instant.FromUtc(1969, 12, 31, 15, 59, 59) + Duration.FromNanoseconds(999_999_999), // 23:59:59.999999999 local
            Instant.FromUtc(1969, 12, 31, 16, 0), // local midnight of 1970-01-01
            Instant.FromUtc(1600, 6, 1, 7, 13) + Duration.FromNanoseconds(1),
            Instant.MinValue + Duration.FromDays(2),
            Instant.MaxValue - Duration.FromDays(2),
        })
        {
            var local = t.InZone(Shanghai).LocalDateTime;
            Assert.Equal(Period.Between(Epoch, local.Date, PeriodUnits.Days).Days, cursor.DayNumber(t, out var nanoOfDay));
            Assert.Equal(local.TimeOfDay.NanosecondOfDay, nanoOfDay);
        }
    }

    [Fact]
    public void Local_dates_a_window_of_days_apart_are_not_confused()
    {
        var cursor = new CalendarCursor(In(Shanghai), Shanghai, rememberDays: true);
        var t = Instant.FromUtc(2026, 3, 2, 4, 0);
        foreach (var days in new[] { 0, 1024, 2048, 1024, 0, 1, 1025 })
        {
            var at = t + Duration.FromDays(days);
            Assert.Equal(at.InZone(Shanghai).LocalDateTime, cursor.ToLocal(at));
        }
    }

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Whole_days_later_equal_the_lenient_local_date_arithmetic(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        var rng = new Random(8);
        foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2011, 1, 1, 0, 0), Instant.FromUtc(2027, 12, 31, 0, 0)))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            // Anchors from three days before each transition to three days after it, on a random-minute grid.
            for (var m = -3 * 24 * 60; m < 3 * 24 * 60; m += 97 + rng.Next(60))
            {
                var at = interval.Start + Duration.FromMinutes(m);
                var days = Days[rng.Next(Days.Length)];
                var local = at.InZone(zone).LocalDateTime;
                var expected = zone.ResolveLocal(local.Plus(Period.FromDays(days)), Resolvers.LenientResolver).ToInstant();
                Assert.Equal(expected, cursor.PlusDays(at, days));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Whole_months_later_equal_the_lenient_local_month_arithmetic_across_transitions_and_month_ends(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        var rng = new Random(13);
        int[] months = [-13, -3, -1, 0, 1, 2, 3, 6, 12, 25];
        foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2011, 1, 1, 0, 0), Instant.FromUtc(2027, 12, 31, 0, 0)))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            // Anchors around each transition, and on the last days of months (the 29th to the 31st are cut to shorter
            // months), each read twice: the remembered later date must be the one for that date and number of months.
            for (var m = -40 * 24 * 60; m < 3 * 24 * 60; m += 301 + rng.Next(600))
            {
                var at = interval.Start + Duration.FromMinutes(m);
                foreach (var n in new[] { months[rng.Next(months.Length)], months[rng.Next(months.Length)] })
                {
                    var expected = zone.ResolveLocal(at.InZone(zone).LocalDateTime.PlusMonths(n), Resolvers.LenientResolver).ToInstant();
                    Assert.Equal(expected, cursor.PlusMonths(at, n));
                }
            }
        }

        // Before 1970 (not remembered) and a date read again after a window of dates.
        foreach (var at in new[] { Instant.FromUtc(1969, 1, 31, 12, 0), Instant.FromUtc(2026, 1, 31, 12, 0), Instant.FromUtc(2026, 1, 31, 12, 0) + Duration.FromDays(1024) })
        {
            var expected = zone.ResolveLocal(at.InZone(zone).LocalDateTime.PlusMonths(1), Resolvers.LenientResolver).ToInstant();
            Assert.Equal(expected, cursor.PlusMonths(at, 1));
        }
    }

    [Fact]
    public void Whole_days_across_a_spring_forward_keep_the_local_time()
    {
        // New York moved from 02:00 to 03:00 on 2026-03-08: 10:00 the day before plus one day is 10:00 EDT, 23 hours later.
        var cursor = new CalendarCursor(In(NewYork), NewYork, rememberDays: true);
        var before = Instant.FromUtc(2026, 3, 7, 15, 0);
        var later = cursor.PlusDays(before, 1);
        Assert.Equal(Instant.FromUtc(2026, 3, 8, 14, 0), later);
        var plain = Instant.FromUtc(2026, 1, 7, 15, 0);
        Assert.Equal(plain + Duration.FromDays(1), cursor.PlusDays(plain, 1));
    }

    [Fact]
    public void A_window_ending_before_midnight_ends_there_and_one_reaching_midnight_continues()
    {
        // Quiet hours 21:00–08:00 for SMS: an allowed time at 10:00 stays allowed until 21:00. Without quiet hours for app
        // pushes the day's only stretch reaches midnight and continues into the next day, up to the limit.
        var calendar = In(Shanghai).WithQuietHours(ContactChannel.AppPush, QuietHours.None);
        var cursor = new CalendarCursor(calendar, Shanghai, rememberDays: true);
        var at = Instant.FromUtc(2026, 3, 2, 2, 0); // 10:00 in Shanghai
        var limit = at + Duration.FromDays(3);
        var sms = new ContactRules(ContactChannel.Sms, QuietHours: true, BusinessHours: false);
        var push = new ContactRules(ContactChannel.AppPush, QuietHours: true, BusinessHours: false);
        Assert.Equal(Instant.FromUtc(2026, 3, 2, 13, 0), cursor.AllowedUntil(at, sms, limit));
        Assert.Equal(limit, cursor.AllowedUntil(at, push, limit));
        Assert.Equal(calendar.AllowedUntil(at, sms, limit), cursor.AllowedUntil(at, sms, limit));
    }

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Windows_near_transitions_and_skipped_days_end_as_the_public_method_says(string zoneId)
    {
        // Apia skipped 2011-12-30 whole: the day has no start, and the public method's answer (or exception) for a window
        // ending on the day before must not change.
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var calendar = new ContactCalendar(zone).WithQuietHours(ContactChannel.AppPush, QuietHours.None);
        var cursor = new CalendarCursor(calendar, zone, rememberDays: true);
        var rules = new[]
        {
            new ContactRules(ContactChannel.Sms, QuietHours: true, BusinessHours: false),
            new ContactRules(ContactChannel.AppPush, QuietHours: true, BusinessHours: false),
            new ContactRules(ContactChannel.Phone, QuietHours: true, BusinessHours: true),
        };
        foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2011, 1, 1, 0, 0), Instant.FromUtc(2027, 12, 31, 0, 0)))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            for (var m = -2 * 24 * 60; m < 2 * 24 * 60; m += 53)
            {
                var t = interval.Start + Duration.FromMinutes(m);
                foreach (var r in rules)
                {
                    if (Answer(() => calendar.NextAllowed(t, r)) is { } allowed)
                    {
                        var limit = allowed + Duration.FromHours(30);
                        Assert.Equal(Outcome(() => calendar.AllowedUntil(allowed, r, limit)), Outcome(() => cursor.AllowedUntil(allowed, r, limit)));
                    }
                }
            }
        }
    }

    /// <summary>The search's answer, or null when it found nothing or the day has no start.</summary>
    private static Instant? Answer(Func<Instant?> f)
    {
        try
        {
            return f();
        }
        catch (SkippedTimeException)
        {
            return null;
        }
    }

    /// <summary>The instant, or the type of the exception both sides must throw alike (around Apia's skipped day the public
    /// method itself finds an instant its search returned not allowed).</summary>
    private static string Outcome(Func<Instant> f)
    {
        try
        {
            return f().ToString();
        }
        catch (Exception e) when (e is SkippedTimeException or ArgumentException)
        {
            return e.GetType().Name;
        }
    }
}
