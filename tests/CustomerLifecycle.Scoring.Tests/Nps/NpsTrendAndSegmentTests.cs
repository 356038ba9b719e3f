using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Nps;

public class NpsTrendAndSegmentTests
{
    private static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    private static SurveyResponse At(int score, Instant at, string? touchpoint = null) =>
        new(LikelihoodScore.From(score), respondedAt: at, touchpoint: touchpoint);

    [Fact]
    public void Periods_follow_the_zone_calendar_not_utc()
    {
        // 2026-01-31 17:00 UTC is already 1 February 01:00 in Shanghai.
        var trend = NpsTrend.ByPeriod([At(10, Instant.FromUtc(2026, 1, 31, 17, 0))], Shanghai, NpsPeriod.Month);
        var point = Assert.Single(trend.Points);
        Assert.Equal(new LocalDate(2026, 2, 1), point.Start);
        Assert.Equal(new LocalDate(2026, 3, 1), point.End);
    }

    [Fact]
    public void Trend_leaves_out_periods_without_responses_and_counts_undated_ones()
    {
        var trend = NpsTrend.ByPeriod(
            [
                At(10, Instant.FromUtc(2026, 1, 5, 4, 0)),
                At(0, Instant.FromUtc(2026, 1, 20, 4, 0)),
                new SurveyResponse(LikelihoodScore.From(8)),
            ],
            Shanghai,
            NpsPeriod.Week);
        Assert.Equal([new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 19)], trend.Points.Select(p => p.Start));
        Assert.Equal(new LocalDate(2026, 1, 12), trend.Points[0].End);
        Assert.All(trend.Points, p => Assert.False(p.Tally.IsEmpty));
        Assert.Equal(1, trend.Undated.Total);
    }

    [Fact]
    public void Weeks_can_start_on_sunday()
    {
        // 2026-01-07 is a Wednesday; its Sunday-start week begins 2026-01-04.
        var trend = NpsTrend.ByPeriod([At(9, Instant.FromUtc(2026, 1, 7, 4, 0))], Shanghai, NpsPeriod.Week, IsoDayOfWeek.Sunday);
        Assert.Equal(new LocalDate(2026, 1, 4), trend.Points[0].Start);
    }

    [Fact]
    public void Quarters_start_in_january_april_july_october()
    {
        var trend = NpsTrend.ByPeriod([At(9, Instant.FromUtc(2026, 5, 17, 4, 0)), At(9, Instant.FromUtc(2026, 8, 1, 4, 0))], Shanghai, NpsPeriod.Quarter);
        Assert.Equal([new LocalDate(2026, 4, 1), new LocalDate(2026, 7, 1)], trend.Points.Select(p => p.Start));
    }

    [Fact]
    public void Trend_of_no_responses_has_no_points() =>
        Assert.Empty(NpsTrend.ByPeriod([], Shanghai, NpsPeriod.Day).Points);

    [Fact]
    public void Segments_are_ordered_by_key_whatever_the_input_order()
    {
        SurveyResponse[] responses = [At(10, Instant.FromUtc(2026, 1, 1, 0, 0), "service"), At(0, Instant.FromUtc(2026, 1, 1, 0, 0), "delivery"), At(9, Instant.FromUtc(2026, 1, 1, 0, 0), "service")];
        var segments = NpsSegments.By(responses, r => r.Touchpoint ?? "(none)", StringComparer.Ordinal);
        Assert.Equal(["delivery", "service"], segments.Select(s => s.Key));
        Assert.Equal(100d, segments[1].Tally.Nps);
        Assert.Equal(segments, NpsSegments.By(responses.Reverse(), r => r.Touchpoint ?? "(none)", StringComparer.Ordinal));
    }
}
