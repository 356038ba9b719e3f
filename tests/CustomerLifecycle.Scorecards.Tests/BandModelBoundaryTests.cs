using System.Globalization;

namespace CustomerLifecycle.Scorecards.Tests;

public class BandModelBoundaryTests
{
    private static readonly string[] Keys = ["low", "mid", "high"];
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Higher_is_better_bands_rank_from_the_top_and_know_their_bounds()
    {
        var scale = BandScale.HigherIsBetter(0, 10, Keys, 3, 7);
        Assert.Equal(BandDirection.HigherIsBetter, scale.Direction);
        Assert.Equal([(0, 2, false, true, 0d, 3d), (1, 1, false, false, 3d, 7d), (2, 0, true, false, 7d, double.PositiveInfinity)], scale.Bands.Select(b => (b.Index, b.Rank, b.IsBest, b.IsWorst, b.LowerBound, b.UpperBound)));
        Assert.Equal("high", scale.Best.Key);
        Assert.Equal((0d, 10d), (scale.Minimum, scale.Maximum));
        Assert.Equal(["low", "mid", "high"], scale.Definitions.Select(d => d.Key));
    }

    [Fact]
    public void Lower_is_better_bands_rank_from_the_bottom()
    {
        var scale = BandScale.LowerIsBetter(0, 10, Keys, 3, 7);
        Assert.Equal([(0, true, false), (1, false, false), (2, false, true)], scale.Bands.Select(b => (b.Rank, b.IsBest, b.IsWorst)));
        Assert.Equal("low", scale.Best.Key);
        Assert.EndsWith("(lower is better)", scale.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unbounded_scale_is_described_with_infinities()
    {
        var scale = BandScale.HigherIsBetter(double.NegativeInfinity, double.PositiveInfinity, Keys, -1.5, 2);
        Assert.Equal("low [-∞, -1.5) · mid [-1.5, 2) · high [2, +∞] (higher is better)", scale.ToString());
        Assert.Equal(double.NegativeInfinity, scale.Bands[0].LowerBound);
        Assert.Equal("low", scale.Classify(-1e300).Key);
        Assert.Equal("high", scale.Classify(1e300).Key);
    }

    [Fact]
    public void Both_ends_of_the_domain_are_inside_it()
    {
        var scale = BandScale.HigherIsBetter(0, 10, Keys, 3, 7);
        Assert.True(scale.Contains(0));
        Assert.True(scale.Contains(10));
        Assert.False(scale.Contains(-1e-12));
        Assert.False(scale.Contains(10.000001));
        Assert.Equal("low", scale.Classify(0).Key);
        Assert.Equal("high", scale.Classify(10).Key);
        Assert.False(scale.TryClassify(11, out var band));
        Assert.Null(band);
    }

    [Fact]
    public void Refused_value_is_named_with_the_domain() =>
        Assert.Contains("[0, 10]; got 11", Assert.Throws<ArgumentOutOfRangeException>("value", () => BandScale.HigherIsBetter(0, 10, Keys, 3, 7).Classify(11)).Message, StringComparison.Ordinal);

    [Fact]
    public void Unknown_band_key_lists_the_bands() =>
        Assert.Contains("no band 'top'; its bands are low, mid, high", Assert.Throws<ArgumentException>("key", () => BandScale.HigherIsBetter(0, 10, Keys, 3, 7)["top"]).Message, StringComparison.Ordinal);

    [Fact]
    public void Band_may_start_exactly_at_the_maximum() =>
        Assert.Equal("high", BandScale.HigherIsBetter(0, 10, Keys, 3, 10).Classify(10).Key);

    [Fact]
    public void First_band_may_start_below_the_minimum() =>
        Assert.Equal("low", new BandScale(BandDirection.HigherIsBetter, [new("low", -5), new("high", 1)], 0, 2).Classify(0).Key);

    [Theory]
    [InlineData(double.PositiveInfinity, 10d)]
    [InlineData(0d, double.NegativeInfinity)]
    [InlineData(5d, 5d)]
    [InlineData(6d, 5d)]
    [InlineData(0d, double.NaN)]
    public void Domain_must_be_ordered_and_open_toward_the_right_infinities(double minimum, double maximum) =>
        Assert.Contains("must have minimum < maximum", Assert.Throws<ArgumentException>("minimum", () => BandScale.HigherIsBetter(minimum, maximum, Keys, 3, 7)).Message, StringComparison.Ordinal);

    [Fact]
    public void Band_validation_messages_name_the_band()
    {
        Assert.Contains("at least two bands; got 1", Refusal([new("only", 0)]), StringComparison.Ordinal);
        Assert.Contains("'a' appears twice", Refusal([new("a", 0), new("a", 5)]), StringComparison.Ordinal);
        Assert.Contains("'a' starts at 1, above the minimum 0", Refusal([new("a", 1), new("b", 5)]), StringComparison.Ordinal);
        Assert.Contains("only the first band may start at −∞", Refusal([new("a", 0), new("b", double.NegativeInfinity)]), StringComparison.Ordinal);
        Assert.Contains("'c' starts at 2, not above 'b' at 5", Refusal([new("a", 0), new("b", 5), new("c", 2)]), StringComparison.Ordinal);
        Assert.Contains("'a' would be empty", Refusal([new("a", -1), new("b", 0)]), StringComparison.Ordinal);
        Assert.Contains("'b' starts at 11, above the maximum 10", Refusal([new("a", 0), new("b", 11)]), StringComparison.Ordinal);
        Assert.Contains("Band 1 is null", Refusal([new("a", 0), null!]), StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_count_message_says_how_many_are_needed()
    {
        var e = Assert.Throws<ArgumentException>("thresholds", () => BandScale.HigherIsBetter(0, 10, Keys, 3));
        Assert.Contains("3 band keys need 2 thresholds; got 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>("keys", () => BandScale.LowerIsBetter(0, 10, null!, 3));
        Assert.Throws<ArgumentNullException>("thresholds", () => BandScale.LowerIsBetter(0, 10, Keys, null!));
        Assert.Throws<ArgumentNullException>("bands", () => new BandScale(BandDirection.HigherIsBetter, null!));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Band_definition_refuses_a_bound_that_is_not_a_number_or_minus_infinity(double bound) =>
        Assert.Contains("'k' must be a finite number or −∞", Assert.Throws<ArgumentOutOfRangeException>("lowerBound", () => new BandDefinition("k", bound)).Message, StringComparison.Ordinal);

    [Fact]
    public void Band_definition_keeps_its_key_and_bound()
    {
        var d = new BandDefinition("k", double.NegativeInfinity);
        Assert.Equal(("k", double.NegativeInfinity), (d.Key, d.LowerBound));
        Assert.Throws<ArgumentException>("key", () => new BandDefinition(" ", 0));
    }

    [Fact]
    public void Banded_metric_keeps_what_it_was_given()
    {
        var m = BandedMetric.Evaluate("activation.first_visit_nps", 80, MetricUnit.NpsPoints, ScorecardBands.ActivationFirstVisitNps, English, sampleSize: 0);
        Assert.True(m.IsDefined);
        Assert.Equal("activation.first_visit_nps", m.MetricId);
        Assert.Equal(80d, m.Value);
        Assert.Equal(MetricUnit.NpsPoints, m.Unit);
        Assert.Same(ScorecardBands.ActivationFirstVisitNps, m.Scale);
        Assert.Equal(BandKeys.Pass, m.Band!.Key);
        Assert.Equal(0L, m.SampleSize);
        Assert.Equal("Pass", m.BandName);
        Assert.Equal("First-visit NPS", m.Label);
    }

    [Fact]
    public void Banded_metric_refuses_a_blank_id_and_a_missing_scale()
    {
        Assert.Throws<ArgumentException>("metricId", () => BandedMetric.Evaluate(" ", 1, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate));
        Assert.Throws<ArgumentNullException>("scale", () => BandedMetric.Evaluate("x", 1, MetricUnit.Fraction, null!));
        Assert.Contains("[0, 1]; got 1.5", Assert.Throws<ArgumentOutOfRangeException>(() => BandedMetric.Evaluate("x", 1.5, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_metric_keeps_its_sample_size_and_scale()
    {
        var m = BandedMetric.Evaluate("x", null, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate, English, sampleSize: 3);
        Assert.Equal(3L, m.SampleSize);
        Assert.Null(m.Value);
        Assert.Equal("No data for this metric yet: collect it before judging.", m.Advice);
    }

    private static string Refusal(BandDefinition[] bands) =>
        Assert.ThrowsAny<ArgumentException>(() => new BandScale(BandDirection.HigherIsBetter, bands, 0, 10)).Message;
}
