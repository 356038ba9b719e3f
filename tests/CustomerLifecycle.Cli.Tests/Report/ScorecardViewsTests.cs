using System.Globalization;
using CustomerLifecycle.Cli.Report;
using CustomerLifecycle.Scorecards;
using FsCheck;
using FsCheck.Xunit;

namespace CustomerLifecycle.Cli.Tests.Report;

public class ScorecardViewsTests
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    [Theory]
    [InlineData(74.9, "Poor")]
    [InlineData(75.0, "Fair")] // seed 001: 75–85 pass, lower bound inclusive
    [InlineData(85.0, "Best")] // "≥ 85" excellent
    public void Three_band_tones_follow_the_activation_table(double nps, string tone)
    {
        var scale = ScorecardBands.ActivationFirstVisitNps;
        Assert.Equal(Enum.Parse<ReportTone>(tone), ScorecardViews.Tone(scale.Classify(nps), scale.Bands.Count));
    }

    [Theory]
    [InlineData(64.9, "Poor")]
    [InlineData(65.0, "Fair")]
    [InlineData(75.0, "Good")]
    [InlineData(85.0, "Best")] // seed 003: four bands
    public void Four_band_tones_follow_the_lifecycle_table(double nps, string tone)
    {
        var scale = ScorecardBands.LifecycleFirstVisitNps;
        Assert.Equal(Enum.Parse<ReportTone>(tone), ScorecardViews.Tone(scale.Classify(nps), scale.Bands.Count));
    }

    [Fact]
    public void Axis_spans_the_thresholds_with_their_width_on_each_side()
    {
        Assert.Equal((65d, 95d), ScorecardViews.AxisOf(ScorecardBands.ActivationFirstVisitNps, 80));
        Assert.Equal((0.8, 1d), ScorecardViews.AxisOf(ScorecardBands.ActivationCallbackRate24h, 0.95)); // capped at 100 %
        Assert.Equal((1d, 4d), ScorecardViews.AxisOf(ScorecardBands.ActivationSurpriseMoments, 2.5));
    }

    [Fact]
    public void Axis_widens_to_show_a_far_value()
    {
        var (min, max) = ScorecardViews.AxisOf(ScorecardBands.ActivationFirstVisitNps, 20);
        Assert.True(min < 20 && max == 95d);
    }

    [Property]
    public bool Band_position_always_shows_the_value_inside_contiguous_bands(NormalFloat raw)
    {
        var scale = ScorecardBands.LifecycleYearlyRetention;
        var value = Math.Abs(raw.Get) % 1d;
        var metric = BandedMetric.Evaluate(MetricIds.LifecycleYearlyRetention, value, MetricUnit.Fraction, scale, En);
        var chart = ScorecardViews.Position(metric, En);
        var contiguous = chart.Bands.Zip(chart.Bands.Skip(1)).All(p => p.First.To == p.Second.From);
        return value >= chart.Min && value <= chart.Max && contiguous
            && chart.Bands[0].From == chart.Min && chart.Bands[^1].To == chart.Max;
    }

    [Fact]
    public void Values_are_formatted_by_unit()
    {
        Assert.Equal("42.0 %", ScorecardViews.FormatValue(0.42, MetricUnit.Fraction));
        Assert.Equal("87.0", ScorecardViews.FormatValue(87, MetricUnit.NpsPoints));
        Assert.Equal("2.25", ScorecardViews.FormatValue(2.25, MetricUnit.PerCustomer));
        Assert.Equal("—", ScorecardViews.FormatValue(null, MetricUnit.Fraction));
    }
}
