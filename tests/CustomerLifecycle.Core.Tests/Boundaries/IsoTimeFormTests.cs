using NodaTime;

namespace CustomerLifecycle.Core.Tests.Boundaries;

public class IsoTimeFormTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly Instant Expected = Instant.FromUtc(2026, 3, 5, 10, 15);

    [Theory]
    [InlineData("2026-03-05T10:15Z")]
    [InlineData("2026-03-05 10:15Z")]
    [InlineData("2026-03-05T18:15+08:00")]
    [InlineData("2026-03-05 18:15:00+08:00")]
    [InlineData("2026-03-05T10:15:00.000Z")]
    public void Time_stamps_without_seconds_or_with_a_space_read_to_the_same_instant(string text) =>
        Assert.Equal(Expected, IsoTime.Parse(text, Shanghai));

    [Fact]
    public void A_utc_time_stamp_ignores_the_zone() =>
        Assert.Equal(Expected, IsoTime.Parse("2026-03-05T10:15:00Z", DateTimeZoneProviders.Tzdb["America/New_York"]));

    [Theory]
    [InlineData("2026-03-0")]
    [InlineData("2026-03-05X")]
    [InlineData("2026030a")]
    [InlineData("   ")]
    public void Near_misses_are_refused(string text) => Assert.False(IsoTime.TryParse(text, Shanghai, out _));

    [Fact]
    public void Refused_time_stamp_message_quotes_the_text() =>
        Assert.StartsWith("\"soon\" is not an ISO-8601 time stamp", Assert.Throws<FormatException>(() => IsoTime.Parse("soon", Shanghai)).Message, StringComparison.Ordinal);

    [Fact]
    public void Zone_is_required() =>
        Assert.Throws<ArgumentNullException>("zone", () => IsoTime.TryParse("2026-03-05", null!, out _));
}
