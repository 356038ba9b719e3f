using CustomerLifecycle.Followups.Compliance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using static CustomerLifecycle.Followups.Tests.Compliance.ComplianceTestData;

namespace CustomerLifecycle.Followups.Tests.Compliance;

public class BusinessTimeTests
{
    private static readonly Instant Base = At("2026-01-05T00:00:00Z");

    [Fact]
    public void Holiday_stops_the_clock_and_a_make_up_workday_runs_it()
    {
        // Mainland China 2026 (State Council notice): Spring Festival holiday 15–23 Feb, Saturday 14 Feb a make-up workday.
        var hours = OfficeHours(
            holidays: Enumerable.Range(15, 9).Select(d => new LocalDate(2026, 2, d)).ToArray(),
            makeUpDays: [new LocalDate(2026, 2, 14)]);
        var friday17 = At("2026-02-13T09:00:00Z"); // Fri 17:00 +08:00
        // 1 h Friday, 9 h Saturday (make-up workday), then closed until Tue 24 Feb: 24 h ends Tue 24 Feb 09:00 + 14 h → Wed 25 Feb 14:00.
        var due = BusinessTime.Add(friday17, Duration.FromHours(24), Shanghai, hours);
        Assert.Equal(At("2026-02-25T06:00:00Z"), due);
        Assert.Equal(Duration.FromHours(24), BusinessTime.Between(friday17, due, Shanghai, hours));
    }

    [Fact]
    public void Business_day_across_spring_forward_is_still_nine_hours()
    {
        var hours = OfficeHours();
        var mondayAfter = new LocalDate(2026, 3, 9); // first weekday after the change in New York
        var start = NewYork.AtStrictly(mondayAfter.At(new LocalTime(0, 0))).ToInstant();
        Assert.Equal(Duration.FromHours(9), BusinessTime.Between(start, start + Duration.FromDays(1), NewYork, hours));
    }

    [Fact]
    public void Open_period_ending_at_midnight_runs_to_the_next_day()
    {
        IReadOnlyList<(LocalTime, LocalTime)> evening = [(new LocalTime(20, 0), LocalTime.Midnight)];
        var from = At("2026-03-05T00:00:00Z");
        Assert.Equal(Duration.FromHours(4), BusinessTime.Between(from, from + Duration.FromDays(1), DateTimeZone.Utc, _ => evening));
    }

    [Fact]
    public void Calendar_without_business_hours_is_reported()
    {
        IReadOnlyList<(LocalTime, LocalTime)> none = [];
        Assert.Throws<ArgumentException>(() => BusinessTime.Add(Base, Duration.FromHours(1), DateTimeZone.Utc, _ => none));
    }

    [Property(MaxTest = 200)]
    public bool Adding_business_time_then_measuring_it_gives_it_back(PositiveInt minutes, PositiveInt startMinutes)
    {
        var hours = OfficeHours();
        var from = Base + Duration.FromMinutes(startMinutes.Get % (60 * 24 * 30));
        var amount = Duration.FromMinutes(minutes.Get % (60 * 24 * 20));
        var to = BusinessTime.Add(from, amount, Shanghai, hours);
        return to >= from && BusinessTime.Between(from, to, Shanghai, hours) == amount;
    }

    [Property(MaxTest = 200)]
    public bool Business_time_never_exceeds_calendar_time(PositiveInt a, PositiveInt b)
    {
        var from = Base + Duration.FromMinutes(a.Get % 100_000);
        var to = from + Duration.FromMinutes(b.Get % 100_000);
        return BusinessTime.Between(from, to, NewYork, OfficeHours()) <= to - from;
    }
}
