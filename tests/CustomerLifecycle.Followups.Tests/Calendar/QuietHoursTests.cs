using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests.Calendar;

public class QuietHoursTests
{
    [Theory]
    [InlineData(20, 59, false)]
    [InlineData(21, 0, true)] // start is inclusive
    [InlineData(23, 59, true)]
    [InlineData(0, 0, true)]
    [InlineData(7, 59, true)]
    [InlineData(8, 0, false)] // end is exclusive
    [InlineData(12, 0, false)]
    public void Default_quiet_hours_cross_midnight_from_21_to_8(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.Default.Contains(new LocalTime(hour, minute)));

    [Theory]
    [InlineData(12, 59, false)]
    [InlineData(13, 0, true)]
    [InlineData(13, 59, true)]
    [InlineData(14, 0, false)]
    public void Quiet_hours_within_one_day_do_not_wrap(int hour, int minute, bool quiet) =>
        Assert.Equal(quiet, QuietHours.From(new LocalTime(13, 0), new LocalTime(14, 0)).Contains(new LocalTime(hour, minute)));

    [Fact]
    public void Equal_start_and_end_mean_no_quiet_hours()
    {
        var q = QuietHours.From(new LocalTime(9, 0), new LocalTime(9, 0));
        Assert.True(q.IsNone);
        Assert.False(q.Contains(new LocalTime(9, 0)));
        Assert.Equal(QuietHours.None, default);
        Assert.Equal("21:00–08:00", QuietHours.Default.ToString());
    }

    [Fact]
    public void Daily_hours_must_close_after_they_open() =>
        Assert.Throws<ArgumentException>("close", () => DailyHours.From(new LocalTime(18, 0), new LocalTime(9, 0)));

    [Fact]
    public void Business_hours_reject_the_empty_default_and_day_none()
    {
        Assert.Throws<ArgumentException>("hours", () => BusinessHours.Weekdays(default));
        Assert.Throws<ArgumentOutOfRangeException>("day", () => BusinessHours.Default.On(IsoDayOfWeek.None));
        Assert.Null(BusinessHours.Default.On(IsoDayOfWeek.Saturday));
        Assert.Equal(new LocalTime(9, 0), BusinessHours.Default.On(IsoDayOfWeek.Monday)!.Value.Open);
        var saturday = BusinessHours.Default.With(IsoDayOfWeek.Saturday, DailyHours.From(new LocalTime(10, 0), new LocalTime(14, 0)));
        Assert.Equal(new LocalTime(14, 0), saturday.On(IsoDayOfWeek.Saturday)!.Value.Close);
        Assert.Null(BusinessHours.Default.On(IsoDayOfWeek.Saturday)); // the original is unchanged
    }
}
