using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups.Tests.Calendar;

public class HolidayCalendarTests
{
    // State Council notice on the 2026 holiday arrangement (2025-11-04): 7 holidays, 33 days off, 6 make-up workdays.
    [Fact]
    public void China_2026_has_33_days_off_and_6_make_up_workdays()
    {
        var cal = HolidayCalendar.ChinaMainland2026();
        Assert.Equal(33, cal.Holidays.Count);
        Assert.Equal(6, cal.MakeUpWorkdays.Count);
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), cal.Covers);
        Assert.Equal("China mainland 2026", cal.Name);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(2, 14)]
    [InlineData(2, 28)]
    [InlineData(5, 9)]
    [InlineData(9, 20)]
    [InlineData(10, 10)]
    public void China_2026_make_up_workdays_fall_on_weekends(int month, int day)
    {
        var date = new LocalDate(2026, month, day);
        Assert.True(HolidayCalendar.ChinaMainland2026().IsMakeUpWorkday(date));
        Assert.False(HolidayCalendar.ChinaMainland2026().IsHoliday(date));
        Assert.True(date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);
    }

    [Theory]
    [InlineData(2, 15, true)] // 腊月二十八, first day of the 9-day Spring Festival break
    [InlineData(2, 23, true)] // 正月初七, last day
    [InlineData(2, 24, false)]
    [InlineData(4, 5, true)] // Qingming
    [InlineData(10, 7, true)]
    [InlineData(10, 8, false)]
    [InlineData(9, 25, true)] // Mid-Autumn
    public void China_2026_holidays_follow_the_notice(int month, int day, bool holiday) =>
        Assert.Equal(holiday, HolidayCalendar.ChinaMainland2026().IsHoliday(new LocalDate(2026, month, day)));

    [Fact]
    public void The_sample_text_parses_to_the_sample_calendar()
    {
        var parsed = HolidayCalendar.Parse(HolidayCalendar.ChinaMainland2026Text());
        Assert.Equal(HolidayCalendar.ChinaMainland2026().Holidays.OrderBy(kv => kv.Key), parsed.Holidays.OrderBy(kv => kv.Key));
        Assert.Equal("春节 Spring Festival", parsed.Holidays[new LocalDate(2026, 2, 17)]);
    }

    [Fact]
    public void Comments_blank_lines_and_crlf_are_ignored()
    {
        var cal = HolidayCalendar.Parse("# x\r\n\r\nname: Test\r\ncovers: 2027-01-01..2027-12-31\r\nholiday: 2027-01-01 New Year\r\n");
        Assert.Equal("Test", cal.Name);
        Assert.True(cal.IsHoliday(new LocalDate(2027, 1, 1)));
        Assert.Equal(new DateInterval(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31)), cal.Covers);
    }

    [Fact]
    public void A_calendar_that_does_not_say_what_it_covers_is_rejected()
    {
        var e = Assert.Throws<FormatException>(() => HolidayCalendar.Parse("name: Test\nholiday: 2027-01-01 New Year\n"));
        Assert.Contains("covers: yyyy-MM-dd..yyyy-MM-dd", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holiday 2026-01-01 x", "line 1: expected \"entry: value\"")]
    [InlineData("# c\nfoo: bar", "line 2: unknown entry \"foo\"")]
    [InlineData("holiday: 2026-13-01 x", "line 1: \"2026-13-01\" is not a date")]
    [InlineData("holiday: 2026-01-01", "line 1: a holiday needs a name")]
    [InlineData("holiday: 2026-01-03..2026-01-01 x", "line 1: the range ends (2026-01-01) before it starts")]
    [InlineData("holiday: 2026-01-01..2027-06-01 x", "line 1: a range may span at most 366 days")]
    [InlineData("holiday: 2026-01-01 x\nholiday: 2026-01-01 y", "line 2: 2026-01-01 is listed twice as a holiday")]
    [InlineData("holiday: 2026-01-01 x\nworkday: 2026-01-01 y", "line 2: 2026-01-01 cannot be both a holiday and a make-up working day")]
    [InlineData("covers: 2026-01-01..2026-12-31\nholiday: 2027-01-01 x", "line 2: 2027-01-01 is outside covers")]
    [InlineData("holiday: 2026-01-01 x\ncovers: 2026-01-01..2026-12-31", "line 2: \"covers\" must come before")]
    [InlineData("name: a\nname: b", "line 2: \"name\" is given twice")]
    [InlineData("source:", "line 1: \"source\" is empty")]
    public void Bad_lines_are_reported_with_their_number(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => HolidayCalendar.Parse(text));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_text_is_misuse() => Assert.Throws<ArgumentNullException>("text", () => HolidayCalendar.Parse(null!));
}
