using CustomerLifecycle.Followups.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

// The planner checks a task's date against the holiday calendar's coverage by day number; the answer must be the
// calendar's own DateInterval.Contains on the task's local date, in every zone, at both edges of the coverage.
public class CoverageByDayTests
{
    private static readonly FollowupPlanner Planner = new();

    private static readonly DateTimeZone[] Zones =
    [
        Shanghai, NewYork, London, DateTimeZoneProviders.Tzdb["Australia/Lord_Howe"], DateTimeZoneProviders.Tzdb["Pacific/Apia"],
    ];

    /// <summary>A holiday calendar covering spring 2026 only (the generated histories run over most of 2026).</summary>
    private static readonly HolidayCalendar Spring = HolidayCalendar.Parse("""
        name: Spring 2026 only
        source: example for the tests
        covers: 2026-03-10..2026-06-30
        holiday: 2026-05-01..2026-05-05 Labour Day
        """);

    private static bool ReadsHolidays(ContactCalendar calendar, FollowupStep step) =>
        step.BusinessHours || (step.QuietHours && calendar.KeepsHolidays(step.Channel));

    private static void AssertMarkedAsTheCalendarSays(ContactCalendar calendar, History history)
    {
        var steps = Planner.Steps.ToDictionary(s => s.Name);
        var covers = calendar.Holidays.Covers!;
        foreach (var t in Planner.Plan(history.Events, calendar, history.Now).Tasks)
        {
            var expected = ReadsHolidays(calendar, steps[t.Step]) && !covers.Contains(t.LocalDue.Date);
            Assert.True(expected == t.CalendarUncovered, $"{t.Key} due {t.LocalDue} in {t.ZoneId}: expected uncovered {expected}");
        }
    }

    [Property(MaxTest = 60)]
    public Property Uncovered_tasks_are_those_the_coverage_does_not_contain(NonNegativeInt seed) =>
        Prop.ForAll(Gen.Elements(Zones).ToArbitrary(), zone =>
            AssertMarkedAsTheCalendarSays(new ContactCalendar(zone, Spring), History.Of(seed.Get)));

    [Theory]
    [InlineData(3, 9, true)]
    [InlineData(3, 10, false)]
    [InlineData(6, 30, false)]
    [InlineData(7, 1, true)]
    public void The_first_and_last_covered_days_are_covered_and_their_neighbours_are_not(int month, int day, bool uncovered)
    {
        foreach (var zone in Zones)
        {
            // The confirmation is due when the booking is made (10:00 on a working day, Monday 9 March to Wednesday 1 July).
            var bookedAt = Local(zone, 2026, month, day, 10);
            var plan = Planner.Plan([FollowupEvent.Booked(Customer, bookedAt, "A-1", bookedAt + Duration.FromDays(20), zone)], new ContactCalendar(zone, Spring), bookedAt);
            var confirm = plan.Task(Cadences.Confirm);
            Assert.Equal(new LocalDate(2026, month, day), confirm.LocalDue.Date);
            Assert.Equal(uncovered, confirm.CalendarUncovered);
        }
    }
}
