using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scoring.Tests.Nps.Boundaries;

public class NpsSampleSizeBoundaryTests
{
    [Fact]
    public void Lower_confidence_needs_fewer_responses()
    {
        // z(0.95 two-sided 90 %) = 1.644854; 1.644854² × (0.8 + 0.1 − 0.7²) / 0.1² = 110.93 → 111, less 3 pseudo-responses = 108.
        Assert.Equal(108, NpsSampleSize.ForMarginOfError(0.8, 0.1, 10, 0.90));
        Assert.Equal(111, NpsSampleSize.ForMarginOfError(0.8, 0.1, 10, 0.90, NpsIntervalMethod.Wald));
    }

    [Fact]
    public void More_power_needs_more_responses_per_group() =>
        Assert.Equal(1600, NpsSampleSize.PerGroup(0.80, 0.10, 0.85, 0.08, 7, power: 0.9));

    [Fact]
    public void Plain_wald_per_group_has_no_pseudo_responses() =>
        Assert.Equal(1197, NpsSampleSize.PerGroup(0.80, 0.10, 0.85, 0.08, 7, method: NpsIntervalMethod.Wald));

    [Theory]
    [InlineData(0d, 0d)]
    [InlineData(1d, 0d)]
    [InlineData(0d, 1d)]
    [InlineData(0.3, 0.7)]
    public void Shares_at_the_edges_are_accepted(double p, double d) =>
        Assert.True(NpsSampleSize.ForMarginOfError(p, d, 10) >= 1);

    [Theory]
    [InlineData(1.0000001, 0d, "promoterShare")]
    [InlineData(double.NaN, 0d, "promoterShare")]
    [InlineData(0.5, -0.0001, "detractorShare")]
    [InlineData(0.5, 1.0001, "detractorShare")]
    [InlineData(0.5, 0.50001, "detractorShare")]
    public void Shares_outside_the_simplex_are_refused_by_name(double p, double d, string param)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(param, () => NpsSampleSize.ForMarginOfError(p, d, 10));
        Assert.Contains("got ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Treatment_shares_are_checked_by_their_own_names()
    {
        Assert.Throws<ArgumentOutOfRangeException>("baselinePromoterShare", () => NpsSampleSize.PerGroup(2, 0, 0.5, 0.1, 5));
        Assert.Throws<ArgumentOutOfRangeException>("baselineDetractorShare", () => NpsSampleSize.PerGroup(0.5, 0.6, 0.5, 0.1, 5));
        Assert.Throws<ArgumentOutOfRangeException>("treatmentPromoterShare", () => NpsSampleSize.PerGroup(0.5, 0.1, -1, 0.1, 5));
        Assert.Throws<ArgumentOutOfRangeException>("treatmentDetractorShare", () => NpsSampleSize.PerGroup(0.5, 0.1, 0.5, 0.6, 5));
    }

    [Fact]
    public void Margin_of_100_points_is_accepted_and_more_refused()
    {
        Assert.Equal(1, NpsSampleSize.ForMarginOfError(0.5, 0.5, 100));
        var e = Assert.Throws<ArgumentOutOfRangeException>("marginOfError", () => NpsSampleSize.ForMarginOfError(0.5, 0.5, 100.5));
        Assert.Contains("≤ 100 points; got 100.5", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("marginOfError", () => NpsSampleSize.ForMarginOfError(0.5, 0.5, -1));
    }

    [Fact]
    public void Difference_of_200_points_is_accepted_and_more_refused()
    {
        Assert.Equal(1, NpsSampleSize.PerGroup(0, 1, 1, 0, 200));
        Assert.Throws<ArgumentOutOfRangeException>("difference", () => NpsSampleSize.PerGroup(0, 1, 1, 0, 200.5));
        Assert.Throws<ArgumentOutOfRangeException>("difference", () => NpsSampleSize.PerGroup(0, 1, 1, 0, 0));
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(double.NaN)]
    public void Confidence_level_must_be_strictly_between_0_and_1(double level)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>("confidenceLevel", () => NpsSampleSize.ForMarginOfError(0.5, 0.3, 5, level));
        Assert.Contains("strictly between 0 and 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("confidenceLevel", () => NpsSampleSize.PerGroup(0.5, 0.3, 0.6, 0.2, 5, level));
    }

    [Fact]
    public void Power_of_zero_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>("power", () => NpsSampleSize.PerGroup(0.5, 0.3, 0.6, 0.2, 5, power: 0));

    [Fact]
    public void Sample_size_too_large_for_an_int_is_capped() =>
        Assert.Equal(int.MaxValue, NpsSampleSize.ForMarginOfError(0.5, 0.5, 1e-4));

    [Fact]
    public void Sample_size_just_below_the_cap_is_not_capped() =>
        Assert.InRange(NpsSampleSize.ForMarginOfError(0.5, 0.5, 0.01), 384_145_000, 384_146_000);
}
