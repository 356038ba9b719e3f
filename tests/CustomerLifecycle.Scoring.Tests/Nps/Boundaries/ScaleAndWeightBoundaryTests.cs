using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scoring.Tests.Nps.Boundaries;

public class ScaleScoreSummaryBoundaryTests
{
    [Fact]
    public void Two_ratings_use_the_sample_standard_deviation_and_t_with_one_degree_of_freedom()
    {
        // Ratings 1 and 3: mean 2, sd √2 (n − 1 = 1), t(0.975, 1) = 12.706205 → 2 ± 12.706205.
        var s = ScaleScoreSummary.Of([1, 3], -100, 100);
        Assert.Equal(2, s.Count);
        Assert.Equal(2d, s.Mean!.Value, 12);
        Assert.Equal(Math.Sqrt(2), s.StandardDeviation!.Value, 12);
        Assert.Equal(2d - 12.706205, s.Interval!.Value.Low, 1e-5);
        Assert.Equal(2d + 12.706205, s.Interval!.Value.High, 1e-5);
    }

    [Fact]
    public void Confidence_level_sets_the_t_quantile()
    {
        // t(0.95, 1) = 6.313752.
        var s = ScaleScoreSummary.Of([1, 3], -100, 100, 0.90);
        Assert.Equal(2d + 6.313752, s.Interval!.Value.High, 1e-5);
        Assert.Equal(0.90, s.ConfidenceLevel);
    }

    [Fact]
    public void Interval_low_end_is_clamped_to_the_scale_minimum() =>
        Assert.Equal(0d, ScaleScoreSummary.Of([0, 0, 1], 0, 10).Interval!.Value.Low);

    [Fact]
    public void Ratings_at_both_ends_of_the_scale_are_accepted_and_the_scale_kept()
    {
        var s = ScaleScoreSummary.Of([1, 5], 1, 5);
        Assert.Equal(3d, s.Mean);
        Assert.Equal(1d, s.ScaleMin);
        Assert.Equal(5d, s.ScaleMax);
        Assert.Equal(0.95, s.ConfidenceLevel);
    }

    [Fact]
    public void No_ratings_count_zero_and_one_rating_has_no_spread()
    {
        var none = ScaleScoreSummary.Of([], 1, 5);
        Assert.Equal(0, none.Count);
        Assert.Null(none.StandardDeviation);
        Assert.Null(none.Interval);
        var one = ScaleScoreSummary.Of([2], 1, 5);
        Assert.Equal(1, one.Count);
        Assert.Null(one.StandardDeviation);
    }

    [Theory]
    [InlineData(double.NegativeInfinity, 10d)]
    [InlineData(0d, double.PositiveInfinity)]
    [InlineData(0d, double.NaN)]
    [InlineData(10d, 0d)]
    public void Scale_must_be_finite_with_max_above_min(double min, double max)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("scaleMax", () => ScaleScoreSummary.Of([5], min, max));
        Assert.Contains("max > min", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(double.NaN)]
    public void Confidence_level_must_be_strictly_between_0_and_1(double level) =>
        Assert.Throws<ArgumentOutOfRangeException>("confidenceLevel", () => ScaleScoreSummary.Of([5], 0, 10, level));

    [Fact]
    public void Rating_off_the_scale_is_named_in_the_message()
    {
        Assert.Contains("Rating 12 is off the scale [0, 10]", Assert.Throws<ArgumentOutOfRangeException>(() => ScaleScoreSummary.Of([12], 0, 10)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("ratings", () => ScaleScoreSummary.Of([double.PositiveInfinity], 0, 10));
        Assert.Throws<ArgumentNullException>("ratings", () => ScaleScoreSummary.Of(null!, 0, 10));
    }
}

public class WeightedNpsTallyBoundaryTests
{
    [Fact]
    public void Weights_are_summed_per_category()
    {
        var tally = default(WeightedNpsTally)
            .Add(LikelihoodScore.From(10), 3)
            .Add(LikelihoodScore.From(8), 0.5)
            .Add(LikelihoodScore.From(7), 0.25)
            .Add(LikelihoodScore.From(2), 1);
        Assert.Equal(3d, tally.PromoterWeight);
        Assert.Equal(0.75, tally.PassiveWeight);
        Assert.Equal(1d, tally.DetractorWeight);
        Assert.Equal(4.75, tally.TotalWeight);
        Assert.Equal(9d + 0.25 + 0.0625 + 1d, tally.SumOfSquaredWeights);
        Assert.Equal(100d * 2d / 4.75, tally.Nps!.Value, 12);
        Assert.Equal(4.75 * 4.75 / 10.3125, tally.EffectiveSampleSize!.Value, 12);
        Assert.Equal((1L, 2L, 1L, 1L), (tally.Counts.Promoters, tally.Counts.Passives, tally.Counts.Detractors, tally.Counts.PerfectScores));
    }

    [Fact]
    public void Weighted_tally_of_responses_uses_each_weight()
    {
        var tally = WeightedNpsTally.Of([new SurveyResponse(LikelihoodScore.From(9), weight: 3), new SurveyResponse(LikelihoodScore.From(0), weight: 1)]);
        Assert.Equal(50d, tally.Nps!.Value, 12);
        Assert.Equal(1.6, tally.EffectiveSampleSize!.Value, 12);
        Assert.Throws<ArgumentNullException>("responses", () => WeightedNpsTally.Of(null!));
    }

    [Fact]
    public void Zero_weight_counts_the_response_but_adds_no_weight()
    {
        var tally = default(WeightedNpsTally).Add(LikelihoodScore.From(9), 0);
        Assert.Equal(1, tally.Counts.Total);
        Assert.Null(tally.Nps);
        Assert.Null(tally.EffectiveSampleSize);
    }

    [Fact]
    public void Merging_weighted_tallies_adds_every_sum()
    {
        var a = default(WeightedNpsTally).Add(LikelihoodScore.From(9), 2).Add(LikelihoodScore.From(7), 1);
        var b = default(WeightedNpsTally).Add(LikelihoodScore.From(3), 4).Add(LikelihoodScore.From(8), 0.5);
        var m = a.Merge(b);
        Assert.Equal((2d, 1.5, 4d, 4d + 1d + 16d + 0.25), (m.PromoterWeight, m.PassiveWeight, m.DetractorWeight, m.SumOfSquaredWeights));
        Assert.Equal(4, m.Counts.Total);
    }

    [Fact]
    public void Negative_weight_is_named_in_the_message() =>
        Assert.Contains("got -2", Assert.Throws<ArgumentOutOfRangeException>("weight", () => default(WeightedNpsTally).Add(LikelihoodScore.From(9), -2)).Message, StringComparison.Ordinal);
}
