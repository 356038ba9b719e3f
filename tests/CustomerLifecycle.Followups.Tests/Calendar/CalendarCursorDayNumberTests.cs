using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

/// <summary>The cursor's day number of an instant is the number of days from 1970-01-01 to the instant's local date, and
/// it changes exactly at local midnight (random instants over 5,000 years are checked in <see cref="CalendarCursorDayTests"/>).</summary>
public class CalendarCursorDayNumberTests
{
    private static readonly LocalDate Epoch = new(1970, 1, 1);

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
