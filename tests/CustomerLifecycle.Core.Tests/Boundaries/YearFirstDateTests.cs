using NodaTime;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class YearFirstDateTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("2026/3/5")]
    [InlineData("2026/03/05")]
    [InlineData("2026.3.5")]
    [InlineData("2026-3-5")]
    [InlineData(" 2026/3/5 ")]
    public void A_date_written_year_first_with_slashes_or_dots_is_the_start_of_that_day_in_the_zone(string text) =>
        Assert.Equal(Instant.FromUtc(2026, 3, 4, 16, 0), IsoTime.Parse(text, Shanghai));

    [Theory]
    [InlineData("2026/3/5 18:15")]
    [InlineData("2026/3/5 18:15:00")]
    [InlineData("2026/03/05T18:15")]
    [InlineData("2026.3.5  18:15")]
    public void A_spreadsheet_date_and_time_is_a_local_time_in_the_zone(string text) =>
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 10, 15), IsoTime.Parse(text, Shanghai));

    [Fact]
    public void A_single_digit_hour_is_read() =>
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 1, 5, 9), IsoTime.Parse("2026/3/5 9:05:09", Shanghai));

    [Fact]
    public void A_spreadsheet_time_in_a_daylight_saving_gap_moves_forward_as_an_iso_one_does() =>
        Assert.Equal(IsoTime.Parse("2026-03-08T02:30", NewYork), IsoTime.Parse("2026/3/8 2:30", NewYork));

    [Theory]
    [InlineData("2026/2/29")]
    [InlineData("2026/13/1")]
    [InlineData("2026/0/1")]
    [InlineData("2026/1/32")]
    [InlineData("2026/3-5")]
    [InlineData("2026/003/5")]
    [InlineData("2026/3/5 24:00")]
    [InlineData("2026/3/5 18:60")]
    [InlineData("2026/3/5 18:15:60")]
    [InlineData("2026/3/5 18")]
    [InlineData("2026/3/5 18:5")]
    [InlineData("2026/3/5 18:15+08:00")]
    [InlineData("2026/3/5x")]
    [InlineData("26/3/5")]
    [InlineData("02026/3/5")]
    public void Malformed_or_impossible_year_first_dates_are_refused(string text) =>
        Assert.False(IsoTime.TryParse(text, Shanghai, out _));

    [Theory]
    [InlineData("05/03/2026")]
    [InlineData("3/5/2026")]
    [InlineData("30.03.2026")]
    [InlineData("5-3-2026 10:00")]
    public void A_date_written_day_or_month_first_is_refused_and_the_problem_says_to_write_the_year_first(string text)
    {
        Assert.False(IsoTime.TryParse(text, Shanghai, out _, out var problem));
        Assert.Equal($"\"{text}\" is not an ISO-8601 time stamp: day and month could be either way round; write the year first, as 2026-03-05", problem);
    }

    [Fact]
    public void Other_refusals_carry_no_hint()
    {
        Assert.False(IsoTime.TryParse("soon", Shanghai, out _, out var problem));
        Assert.Equal("\"soon\" is not an ISO-8601 time stamp", problem);
    }

    [Fact]
    public void A_year_first_date_outside_the_supported_dates_is_refused_as_out_of_range()
    {
        Assert.False(IsoTime.TryParse("2300/1/1", Shanghai, out _, out var problem));
        Assert.Equal(SupportedDates.OutsideReason("2300/1/1"), problem);
    }

    [Theory]
    [InlineData("2026-03-05")]
    [InlineData("20260305")]
    [InlineData("2026/3/5")]
    [InlineData("2026.03.05")]
    [InlineData(" 2026/3/5\t")]
    public void A_calendar_date_is_read_in_any_accepted_form(string text)
    {
        Assert.True(IsoTime.TryParseDate(text, out var date));
        Assert.Equal(new LocalDate(2026, 3, 5), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026/3/5 10:00")]
    [InlineData("2026-03-05T10:00Z")]
    [InlineData("05/03/2026")]
    [InlineData("2026022a")]
    [InlineData("20260230")]
    [InlineData("1899-12-31")]
    [InlineData("2200/1/1")]
    public void A_calendar_date_refuses_times_ambiguous_orders_and_dates_outside_the_range(string? text)
    {
        Assert.False(IsoTime.TryParseDate(text, out var date));
        Assert.Equal(default, date);
    }
}
