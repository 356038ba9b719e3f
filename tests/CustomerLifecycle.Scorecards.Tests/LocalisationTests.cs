using System.Globalization;

namespace CustomerLifecycle.Scorecards.Tests;

public class LocalisationTests
{
    private static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(BandKeys.Excellent, "Excellent", "优秀")]
    [InlineData(BandKeys.Good, "Good", "良好")]
    [InlineData(BandKeys.Pass, "Pass", "合格")]
    [InlineData(BandKeys.Danger, "Danger", "危险")]
    public void Band_names_exist_in_english_and_chinese(string key, string en, string zh)
    {
        Assert.Equal(en, ScorecardText.BandName(key, English));
        Assert.Equal(en, ScorecardText.BandName(key, null));
        Assert.Equal(zh, ScorecardText.BandName(key, Chinese));
    }

    [Fact]
    public void Unknown_cultures_fall_back_to_english() =>
        Assert.Equal("Excellent", ScorecardText.BandName(BandKeys.Excellent, CultureInfo.GetCultureInfo("fr-FR")));

    [Fact]
    public void A_user_defined_band_key_without_a_resource_is_shown_as_is() =>
        Assert.Equal("amber", ScorecardText.BandName("amber", Chinese));

    [Fact]
    public void A_banded_metric_carries_localised_label_band_and_advice()
    {
        var zh = BandedMetric.Evaluate(MetricIds.ActivationFirstVisitNps, 87, MetricUnit.NpsPoints, ScorecardBands.ActivationFirstVisitNps, Chinese, sampleSize: 40);
        Assert.Equal("首次NPS", zh.Label);
        Assert.Equal("优秀", zh.BandName);
        Assert.Contains("SOP", zh.Advice, StringComparison.Ordinal);
        var en = BandedMetric.Evaluate(MetricIds.ActivationFirstVisitNps, 87, MetricUnit.NpsPoints, ScorecardBands.ActivationFirstVisitNps, English);
        Assert.Equal("First-visit NPS", en.Label);
        Assert.Equal("Excellent", en.BandName);
        Assert.NotEqual(zh.Advice, en.Advice);
        Assert.Equal(zh.Band, en.Band);
    }

    [Fact]
    public void Advice_falls_back_to_the_band_when_a_metric_has_none()
    {
        var metric = BandedMetric.Evaluate("my.metric", 0.5, MetricUnit.Fraction, ScorecardBands.LifecycleReferralRate, English);
        Assert.Equal("my.metric", metric.Label);
        Assert.Equal(ScorecardText.Get("advice.excellent", English), metric.Advice);
    }

    [Fact]
    public void An_undefined_value_has_no_band_and_says_data_is_missing()
    {
        var metric = BandedMetric.Evaluate(MetricIds.ActivationFirstVisitNps, null, MetricUnit.NpsPoints, ScorecardBands.ActivationFirstVisitNps, Chinese);
        Assert.False(metric.IsDefined);
        Assert.Null(metric.Band);
        Assert.Null(metric.BandName);
        Assert.Equal("暂无数据:先收集数据再评估。", metric.Advice);
    }

    [Fact]
    public void A_value_outside_the_scale_is_rejected_with_the_metric_named()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("value", () => BandedMetric.Evaluate(MetricIds.ActivationPerfectRate, 1.2, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate));
        Assert.Contains(MetricIds.ActivationPerfectRate, ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("sampleSize", () => BandedMetric.Evaluate("x", 0.5, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate, sampleSize: -1));
    }

    [Fact]
    public void Every_english_resource_has_a_chinese_translation()
    {
        var set = typeof(ScorecardText).Assembly;
        var manager = new System.Resources.ResourceManager("CustomerLifecycle.Scorecards.Resources.ScorecardText", set);
        var neutral = manager.GetResourceSet(CultureInfo.InvariantCulture, true, false)!;
        var chinese = manager.GetResourceSet(CultureInfo.GetCultureInfo("zh-Hans"), true, false)!;
        var missing = neutral.Cast<System.Collections.DictionaryEntry>()
            .Select(e => (string)e.Key)
            .Where(k => chinese.GetString(k) is null)
            .ToList();
        Assert.Empty(missing);
        Assert.NotEmpty(neutral.Cast<System.Collections.DictionaryEntry>());
    }

    [Fact]
    public void Scorecards_find_their_metrics_by_id()
    {
        var metric = BandedMetric.Evaluate(MetricIds.ActivationPerfectRate, 0.35, MetricUnit.Fraction, ScorecardBands.ActivationPerfectRate);
        var card = new Scorecard("activation", "Activation", [metric], null);
        Assert.Same(metric, card[MetricIds.ActivationPerfectRate]);
        Assert.Throws<KeyNotFoundException>(() => card["nope"]);
        Assert.Throws<ArgumentNullException>("metrics", () => new Scorecard("a", "A", [null!], null));
    }
}
