using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scoring.Tests.Nps;

public class ScaleScoreSummaryTests
{
    [Fact]
    public void Mean_and_t_interval_of_ratings()
    {
        // Ratings 7, 8, 9: mean 8, sd 1, t(0.975, 2) = 4.302653 → 8 ± 2.484.
        var s = ScaleScoreSummary.Of([7, 8, 9], 0, 10);
        Assert.Equal(8d, s.Mean!.Value, 12);
        Assert.Equal(1d, s.StandardDeviation!.Value, 12);
        Assert.Equal(8d - 2.48414, s.Interval!.Value.Low, 1e-4);
    }

    [Fact]
    public void Interval_is_clamped_to_the_scale() =>
        Assert.Equal(10d, ScaleScoreSummary.Of([10, 10, 9], 0, 10).Interval!.Value.High);

    [Fact]
    public void No_ratings_have_no_mean_and_one_rating_no_interval()
    {
        Assert.Null(ScaleScoreSummary.Of([], 1, 5).Mean);
        var one = ScaleScoreSummary.Of([4], 1, 5);
        Assert.Equal(4d, one.Mean);
        Assert.Null(one.Interval);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(11d)]
    [InlineData(-1d)]
    public void Ratings_off_the_scale_are_rejected(double rating) =>
        Assert.Throws<ArgumentOutOfRangeException>("ratings", () => ScaleScoreSummary.Of([5, rating], 0, 10));

    [Fact]
    public void An_empty_scale_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>("scaleMax", () => ScaleScoreSummary.Of([5], 10, 10));
}
