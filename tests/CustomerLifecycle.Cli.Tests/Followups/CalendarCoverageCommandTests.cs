using System.Text.Json;

namespace CustomerLifecycle.Cli.Tests.Followups;

public class CalendarCoverageCommandTests
{
    private const string Now = "2026-12-20T02:00:00Z";

    private static string NewYearBooking() => CliRunner.TempFile(
        "new-year.csv",
        "customer_id,event,at,appointment_id,scheduled_for",
        "c1,booked,2026-12-20T02:00:00Z,A1,2027-01-04T02:00:00Z");

    [Fact]
    public void Planning_past_the_calendars_year_warns_once_with_the_dates_and_marks_the_tasks()
    {
        var r = CliRunner.Run("followups", "plan", NewYearBooking(), "--now", Now, "--json");
        Assert.Equal(0, r.ExitCode);
        var warning = Assert.Single(r.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("covers 2026-01-01..2026-12-31", warning, StringComparison.Ordinal);
        Assert.Contains("2027-01-01", warning, StringComparison.Ordinal);
        var call = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("tasks").EnumerateArray()
            .Single(t => t.GetProperty("step").GetString() == "pre.call-3d");
        Assert.True(call.GetProperty("calendar_uncovered").GetBoolean());
    }

    [Fact]
    public void The_strict_option_makes_an_uncovered_date_an_error()
    {
        var r = CliRunner.Run("followups", "plan", NewYearBooking(), "--now", Now, "--strict-calendar");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("2027-01-01", r.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_calendar_file_for_both_years_silences_the_warning()
    {
        var calendar = CliRunner.TempFile(
            "holidays.txt",
            "name: Example 2026–2027",
            "covers: 2026-01-01..2027-12-31",
            "holiday: 2027-01-01 New Year's Day");
        var r = CliRunner.Run("followups", "plan", NewYearBooking(), "--now", Now, "--calendar", calendar, "--strict-calendar");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr.Trim());
    }

    [Fact]
    public void A_calendar_file_that_does_not_say_what_it_covers_exits_2()
    {
        var calendar = CliRunner.TempFile("no-covers.txt", "name: x", "holiday: 2027-01-01 New Year's Day");
        var r = CliRunner.Run("followups", "plan", NewYearBooking(), "--now", Now, "--calendar", calendar);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("covers", r.Stderr, StringComparison.Ordinal);
    }
}
