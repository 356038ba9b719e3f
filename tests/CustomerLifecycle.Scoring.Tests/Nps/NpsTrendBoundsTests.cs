using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Nps;
using FsCheck.Xunit;
using NodaTime;

namespace CustomerLifecycle.Scoring.Tests.Nps;

/// <summary>Work bounded by the data, never by the span of dates or a count in a row.</summary>
public class NpsTrendBoundsTests
{
    private static SurveyResponse At(int score, Instant at) => new(LikelihoodScore.From(score), respondedAt: at);

    [Fact]
    public void Two_responses_three_centuries_apart_give_two_daily_points()
    {
        var trend = NpsTrend.ByPeriod([At(9, Instant.FromUtc(1900, 1, 1, 0, 0)), At(3, Instant.FromUtc(2199, 12, 31, 23, 0))], DateTimeZone.Utc, NpsPeriod.Day);

        Assert.Equal([new LocalDate(1900, 1, 1), new LocalDate(2199, 12, 31)], trend.Points.Select(p => p.Start));
        Assert.Equal(new LocalDate(1900, 1, 2), trend.Points[0].End);
    }

    [Property]
    public bool A_trend_has_at_most_one_point_per_response_and_counts_every_dated_response(int[] days, bool weekly)
    {
        var responses = (days ?? []).Select((d, i) => At(i % 11, Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromDays(d % 50_000))).ToArray();

        var trend = NpsTrend.ByPeriod(responses, DateTimeZone.Utc, weekly ? NpsPeriod.Week : NpsPeriod.Day);

        return trend.Points.Count <= responses.Length
            && trend.Points.Sum(p => p.Tally.Total) == responses.Length
            && trend.Points.Zip(trend.Points.Skip(1)).All(p => p.First.End <= p.Second.Start);
    }

    [Fact]
    public void A_bg_bb_history_longer_than_the_cap_is_refused_at_construction()
    {
        Assert.Equal(DiscreteSummary.MaxPeriods, new DiscreteSummary(1, 1, DiscreteSummary.MaxPeriods).Periods);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiscreteSummary(1, 1, int.MaxValue));
    }
}
