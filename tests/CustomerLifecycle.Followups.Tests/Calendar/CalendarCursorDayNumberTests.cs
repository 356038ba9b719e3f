using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

/// <summary>The cursor's day number of an instant is the number of days from 1970-01-01 to the instant's local date.</summary>
public class CalendarCursorDayNumberTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Day_numbers_count_the_days_to_the_local_date_from_before_1970_to_far_ahead(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        var rng = new Random(5);
        var from = Instant.FromUtc(1890, 1, 1, 0, 0);
        for (var i = 0; i < 3000; i++)
        {
            var t = from + Duration.FromMinutes((long)(rng.NextDouble() * 60 * 24 * 365.25 * 5000));
            foreach (var at in new[] { t, t + Duration.FromMinutes(rng.Next(-3000, 3000)) })
            {
                Assert.Equal(Period.Between(Epoch, at.InZone(zone).Date, PeriodUnits.Days).Days, cursor.DayNumber(at));
            }
        }
    }

    [Theory]
    [MemberData(nameof(CalendarCursorTests.ZoneIds), MemberType = typeof(CalendarCursorTests))]
    public void Day_numbers_change_exactly_at_local_midnight_around_every_transition(string zoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        var cursor = new CalendarCursor(In(zone), zone, rememberDays: true);
        foreach (var interval in zone.GetZoneIntervals(Instant.FromUtc(2011, 1, 1, 0, 0), Instant.FromUtc(2027, 12, 31, 0, 0)))
        {
            if (!interval.HasStart)
            {
                continue;
            }

            for (var m = -2 * 24 * 60; m < 2 * 24 * 60; m += 29)
            {
                var at = interval.Start + Duration.FromMinutes(m);
                Assert.Equal(Period.Between(Epoch, at.InZone(zone).Date, PeriodUnits.Days).Days, cursor.DayNumber(at));
            }
        }
    }
}
