using NodaTime;

namespace CustomerLifecycle.Core.Tests;

public class IsoTimeTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    [Theory]
    [InlineData("2026-03-05T10:15:00Z")]
    [InlineData("2026-03-05T18:15:00+08:00")]
    [InlineData("2026-03-05T18:15:00")]
    [InlineData("2026-03-05 18:15:00")]
    [InlineData(" 2026-03-05T18:15 ")]
    public void Each_accepted_form_reads_to_the_same_instant(string text)
    {
        Assert.True(IsoTime.TryParse(text, Shanghai, out var instant));
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 10, 15), instant);
    }

    [Fact]
    public void A_date_alone_is_the_start_of_that_day_in_the_zone() =>
        Assert.Equal(Instant.FromUtc(2026, 3, 4, 16, 0), IsoTime.Parse("2026-03-05", Shanghai));

    [Fact]
    public void A_basic_iso_date_of_eight_digits_is_the_start_of_that_day_in_the_zone() =>
        Assert.Equal(Instant.FromUtc(2026, 3, 4, 16, 0), IsoTime.Parse("20260305", Shanghai));

    [Theory]
    [InlineData("20261305")]
    [InlineData("2026035")]
    [InlineData("202603050")]
    [InlineData("1997010")]
    public void Digit_strings_that_are_not_a_basic_iso_date_are_refused(string text) =>
        Assert.False(IsoTime.TryParse(text, Shanghai, out _));

    [Fact]
    public void A_local_time_in_a_DST_gap_moves_forward_by_the_gap()
    {
        // 2026-03-08 02:30 does not exist in New York (clocks jump 02:00 → 03:00 EST → EDT).
        var instant = IsoTime.Parse("2026-03-08T02:30", NewYork);
        Assert.Equal(new LocalDateTime(2026, 3, 8, 3, 30), instant.InZone(NewYork).LocalDateTime);
    }

    [Fact]
    public void An_ambiguous_local_time_in_a_DST_overlap_takes_the_earlier_instant()
    {
        // 2026-11-01 01:30 happens twice in New York; the earlier is EDT (UTC−4).
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 5, 30), IsoTime.Parse("2026-11-01T01:30", NewYork));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01T00:00Z")]
    public void Text_that_is_not_a_time_stamp_is_refused(string? text)
    {
        Assert.False(IsoTime.TryParse(text, Shanghai, out _));
        if (text is not null)
        {
            Assert.Throws<FormatException>(() => IsoTime.Parse(text, Shanghai));
        }
    }
}
