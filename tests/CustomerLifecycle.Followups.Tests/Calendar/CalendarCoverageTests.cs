using CustomerLifecycle.Followups.Calendar;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Fixtures;

namespace CustomerLifecycle.Followups.Tests.Calendar;

// A holiday calendar says which dates it covers; a task due past them is marked, not silently planned as an ordinary day.
public class CalendarCoverageTests
{
    private static readonly FollowupPlanner Planner = new();

    /// <summary>A user-supplied file in the documented format: the sample year followed by the next one.</summary>
    private const string NextYear = """
        # Example: next year's entries appended to this year's file, covers widened.
        name: Example China mainland 2026–2027
        source: example for the tests
        covers: 2026-01-01..2027-12-31
        holiday: 2026-10-01..2026-10-07 National Day
        holiday: 2027-01-01 New Year's Day
        """;

    private static FollowupPlan BookedForNewYear(ContactCalendar calendar)
    {
        var bookedAt = Cn(12, 20, 10);
        var slot = Local(Shanghai, 2027, 1, 4, 10);
        return Planner.Plan([FollowupEvent.Booked(Customer, bookedAt, "A-NY", slot)], calendar, bookedAt);
    }

    [Fact]
    public void A_task_due_after_the_calendars_year_is_marked_uncovered()
    {
        var plan = BookedForNewYear(China());
        var call = plan.Task(Cadences.CallThreeDaysBefore);
        Assert.Equal(new LocalDate(2027, 1, 1), call.LocalDue.Date);
        Assert.True(call.CalendarUncovered);
        Assert.False(plan.Task(Cadences.Confirm).CalendarUncovered);
    }

    [Fact]
    public void Steps_that_do_not_read_the_holiday_calendar_are_not_marked()
    {
        // The SMS reminder keeps quiet hours only, and SMS does not keep holidays.
        Assert.False(BookedForNewYear(China()).Task(Cadences.ReminderOneDayBefore).CalendarUncovered);
    }

    [Fact]
    public void A_calendar_without_holidays_claims_nothing_and_marks_nothing() =>
        Assert.All(BookedForNewYear(In(Shanghai)).Tasks, t => Assert.False(t.CalendarUncovered));

    [Fact]
    public void A_user_supplied_file_for_next_year_covers_the_task_and_its_holiday_counts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"holidays-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, NextYear);
        try
        {
            var holidays = HolidayCalendar.Parse(File.ReadAllText(path));
            var plan = BookedForNewYear(new ContactCalendar(Shanghai, holidays));
            var call = plan.Task(Cadences.CallThreeDaysBefore);
            Assert.False(call.CalendarUncovered);

            // Friday 1 January 2027 is a holiday in the file: the call moves earlier, to Thursday 31 December.
            Assert.Equal(new LocalDate(2026, 12, 31), call.LocalDue.Date);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
