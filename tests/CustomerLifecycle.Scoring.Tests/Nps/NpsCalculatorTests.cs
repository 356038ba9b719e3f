using CustomerLifecycle.Scoring.Nps;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Nps;

// Reference figures: shared/reference/nps_formulas_check.out (stdlib Python written from the published formulas;
// printed to 4 decimals on the −1..1 scale, so tolerances are 0.01 points after ×100, i.e. 5e-3 with rounding slack).
public class NpsCalculatorTests
{
    private static readonly NpsTally Seventy20Ten = NpsTally.FromCounts(70, 20, 10);

    [Fact]
    public void Adjusted_wald_interval_of_70_20_10_matches_the_reference()
    {
        var e = new NpsCalculator().Estimate(Seventy20Ten);
        Assert.Equal(60d, e.Nps!.Value, 10);
        Assert.Equal(NpsIntervalMethod.AdjustedWald, e.Method);
        Assert.Equal(45.27, e.Interval!.Value.Low, 0.01);
        Assert.Equal(71.24, e.Interval!.Value.High, 0.01);
        Assert.Equal(6.62, e.StandardError!.Value, 0.01);
    }

    [Fact]
    public void Wald_interval_of_70_20_10_matches_the_reference()
    {
        var e = new NpsCalculator(new NpsOptions { IntervalMethod = NpsIntervalMethod.Wald }).Estimate(Seventy20Ten);
        Assert.Equal(47.00, e.Interval!.Value.Low, 0.01);
        Assert.Equal(73.00, e.Interval!.Value.High, 0.01);
        Assert.Equal(6.63, e.StandardError!.Value, 0.01);
        Assert.Equal(1.959964 * 6.6332, e.MarginOfError!.Value, 0.01);
    }

    [Fact]
    public void Adjusted_interval_for_ten_promoters_of_ten_is_clamped_to_100()
    {
        // reference: adjusted (0.475, 1.0634) before clamping; plain Wald gives the useless (1.0, 1.0).
        var e = new NpsCalculator().Estimate(NpsTally.FromCounts(10, 0, 0));
        Assert.Equal(47.5, e.Interval!.Value.Low, 0.01);
        Assert.Equal(100d, e.Interval!.Value.High);
        var wald = new NpsCalculator(new NpsOptions { IntervalMethod = NpsIntervalMethod.Wald }).Estimate(NpsTally.FromCounts(10, 0, 0));
        Assert.Equal(0d, wald.Interval!.Value.Width);
    }

    [Fact]
    public void Small_sample_intervals_match_the_reference()
    {
        // 9 promoters, 1 detractor: Wald (0.4281, 1.1719) → clamped; adjusted (0.2287, 1.002) → clamped.
        var tally = NpsTally.FromCounts(9, 0, 1);
        var adjusted = new NpsCalculator().Estimate(tally);
        Assert.Equal(22.87, adjusted.Interval!.Value.Low, 0.01);
        Assert.Equal(100d, adjusted.Interval!.Value.High);
        var wald = new NpsCalculator(new NpsOptions { IntervalMethod = NpsIntervalMethod.Wald }).Estimate(tally);
        Assert.Equal(42.81, wald.Interval!.Value.Low, 0.01);
    }

    [Fact]
    public void A_single_response_interval_still_contains_the_observed_nps()
    {
        // The adjusted centre (0.75+1)/4 − 0.75/4 pulls the interval below 100; it is widened to contain the observation.
        var e = new NpsCalculator().Estimate(NpsTally.FromCounts(1, 0, 0));
        Assert.Equal(100d, e.Nps);
        Assert.True(e.Interval!.Value.Contains(100d));
    }

    [Fact]
    public void Estimate_of_no_responses_is_undefined_not_zero()
    {
        var e = new NpsCalculator().Estimate(NpsTally.Empty);
        Assert.False(e.IsDefined);
        Assert.Null(e.Interval);
        Assert.Null(e.StandardError);
        Assert.Null(e.MarginOfError);
    }

    [Fact]
    public void Coffee_experiment_difference_of_7_points_is_not_significant()
    {
        // seed 000's coffee experiment shape: control 152/32/16 (NPS 68) vs treatment 160/30/10 (NPS 75).
        // reference adjusted: diff 0.0690 (adjusted centres), SE 0.0581, Z 1.187, p 0.2351, CI (−0.0449, 0.1828).
        var c = new NpsCalculator().Compare(NpsTally.FromCounts(152, 32, 16), NpsTally.FromCounts(160, 30, 10));
        Assert.Equal(7d, c.Difference!.Value, 10);
        Assert.Equal(5.81, c.StandardError!.Value, 0.01);
        Assert.Equal(1.187, c.Z!.Value, 0.001);
        Assert.Equal(0.2351, c.PValue!.Value, 0.0005);
        Assert.Equal(-4.49, c.Interval!.Value.Low, 0.01);
        Assert.Equal(18.28, c.Interval!.Value.High, 0.01);
        Assert.False(c.IsSignificant);
        Assert.True(c.MinimumDetectableDifference > 7d);
    }

    [Fact]
    public void Wald_comparison_matches_the_reference()
    {
        // reference Wald: diff 0.0700, SE 0.0577, Z 1.214, p 0.2248, CI (−0.0430, 0.1830).
        var c = new NpsCalculator(new NpsOptions { IntervalMethod = NpsIntervalMethod.Wald })
            .Compare(NpsTally.FromCounts(152, 32, 16), NpsTally.FromCounts(160, 30, 10));
        Assert.Equal(1.214, c.Z!.Value, 0.001);
        Assert.Equal(0.2248, c.PValue!.Value, 0.0005);
        Assert.Equal(-4.30, c.Interval!.Value.Low, 0.01);
        Assert.Equal(18.30, c.Interval!.Value.High, 0.01);
    }

    [Fact]
    public void Comparison_keeps_the_sign_of_the_difference()
    {
        // The CRAN NPS package builds its interval around |x − y|; ours keeps the direction.
        var c = new NpsCalculator().Compare(NpsTally.FromCounts(160, 30, 10), NpsTally.FromCounts(152, 32, 16));
        Assert.Equal(-7d, c.Difference!.Value, 10);
        Assert.True(c.Z < 0);
        Assert.True(c.Interval!.Value.Low < -7d);
    }

    [Fact]
    public void A_large_real_difference_is_significant()
    {
        var c = new NpsCalculator().Compare(NpsTally.FromCounts(700, 200, 100), NpsTally.FromCounts(850, 100, 50));
        Assert.True(c.IsSignificant);
        Assert.True(c.PValue < 1e-10);
        Assert.True(c.PValue > 0d);
    }

    [Fact]
    public void Comparison_with_an_empty_sample_is_undefined()
    {
        var c = new NpsCalculator().Compare(NpsTally.Empty, Seventy20Ten);
        Assert.Null(c.Difference);
        Assert.Null(c.PValue);
        Assert.False(c.IsSignificant);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(1d)]
    [InlineData(double.NaN)]
    [InlineData(-0.5)]
    public void Confidence_level_outside_0_1_is_rejected(double level)
    {
        var ex = Assert.Throws<ArgumentException>("options", () => new NpsCalculator(new NpsOptions { ConfidenceLevel = level }));
        Assert.Contains("ConfidenceLevel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_method_is_rejected() =>
        Assert.Throws<ArgumentException>("options", () => new NpsCalculator(new NpsOptions { IntervalMethod = (NpsIntervalMethod)7 }));

    [Fact]
    public void Calculator_keeps_a_copy_of_its_options()
    {
        var options = new NpsOptions { ConfidenceLevel = 0.9 };
        var calculator = new NpsCalculator(options);
        options.ConfidenceLevel = 0.5;
        Assert.Equal(0.9, calculator.Options.ConfidenceLevel);
    }

    [Property]
    public Property Interval_contains_the_estimate_and_stays_within_minus_100_and_100() =>
        Prop.ForAll(
            Gen.Choose(0, 300).Three().Select(t => NpsTally.FromCounts(t.Item1, t.Item2, t.Item3)).ToArbitrary(),
            Gen.Elements(0.5, 0.8, 0.9, 0.95, 0.99, 0.999).ToArbitrary(),
            Gen.Elements(NpsIntervalMethod.AdjustedWald, NpsIntervalMethod.Wald).ToArbitrary(),
            (tally, level, method) =>
            {
                var e = new NpsCalculator(new NpsOptions { ConfidenceLevel = level, IntervalMethod = method }).Estimate(tally);
                return tally.IsEmpty
                    ? e.Interval is null
                    : e.Interval!.Value.Contains(e.Nps!.Value) && e.Interval.Value.Low >= -100d && e.Interval.Value.High <= 100d;
            });

    [Property]
    public Property Higher_confidence_never_narrows_the_interval() =>
        Prop.ForAll(
            Gen.Choose(1, 300).Three().Select(t => NpsTally.FromCounts(t.Item1, t.Item2, t.Item3)).ToArbitrary(),
            tally =>
            {
                var narrow = new NpsCalculator(new NpsOptions { ConfidenceLevel = 0.9 }).Estimate(tally).Interval!.Value;
                var wide = new NpsCalculator(new NpsOptions { ConfidenceLevel = 0.99 }).Estimate(tally).Interval!.Value;
                return wide.Low <= narrow.Low + 1e-12 && wide.High >= narrow.High - 1e-12;
            });
}
