using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Lifecycle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scorecards.Tests;

public class LifecycleHealthAssessorTests
{
    private static readonly LifecycleHealthAssessor Assessor = new();

    private static LifecycleHealthInput Input(double visit, double? nps, double retention, double penetration, double referral) =>
        new(Fraction.From(visit), nps, Fraction.From(retention), Fraction.From(penetration), Fraction.From(referral));

    [Fact]
    public void Five_excellent_stages_mean_the_flywheel_is_built()
    {
        // Exactly on every "≥" line of seed 003's table: lower bound inclusive makes each one excellent.
        var result = Assessor.Evaluate(Input(0.40, 85, 0.70, 0.30, 0.20));
        Assert.Equal(5, result.ExcellentCount);
        Assert.Equal(LifecycleDiagnosis.Flywheel, result.Diagnosis);
        Assert.Equal("lifecycle.flywheel", result.Scorecard.Verdict!.Key);
    }

    [Fact]
    public void The_seed_003_shanghai_centre_has_two_excellent_stages_and_clear_weaknesses()
    {
        // Seed 003 Shanghai 2025: visit 35 %, retention 60 %, value-added 30 %, referral 66/441; first NPS not given
        // (activation there is "NPS ≥ 9: 70 %"), so it stays undefined and is not excellent.
        var result = Assessor.Evaluate(new LifecycleHealthInput(Fraction.Of(3500, 10_000), null, Fraction.Of(1470, 2450), Fraction.Of(441, 1470), Fraction.Of(66, 441)));
        Assert.Equal([BandKeys.Good, null, BandKeys.Good, BandKeys.Excellent, BandKeys.Pass], result.Scorecard.Metrics.Select(m => m.Band?.Key));
        Assert.Equal(1, result.ExcellentCount);
        Assert.Equal(LifecycleDiagnosis.Weak, result.Diagnosis);
    }

    [Theory]
    [InlineData(5, LifecycleDiagnosis.Flywheel)]
    [InlineData(4, LifecycleDiagnosis.Good)]
    [InlineData(3, LifecycleDiagnosis.Good)]
    [InlineData(2, LifecycleDiagnosis.Weak)]
    [InlineData(1, LifecycleDiagnosis.Weak)]
    [InlineData(0, LifecycleDiagnosis.Crisis)]
    public void Diagnosis_follows_the_count_of_excellent_stages(int excellent, LifecycleDiagnosis expected) =>
        Assert.Equal(expected, Assessor.Diagnose(excellent));

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Counts_outside_zero_to_five_are_rejected(int excellent) =>
        Assert.Throws<ArgumentOutOfRangeException>("excellentCount", () => Assessor.Diagnose(excellent));

    [Fact]
    public void All_danger_is_a_crisis_and_reads_in_chinese()
    {
        var result = Assessor.Evaluate(Input(0.1, 10, 0.2, 0.05, 0.01), CultureInfo.GetCultureInfo("zh-CN"));
        Assert.Equal(LifecycleDiagnosis.Crisis, result.Diagnosis);
        Assert.All(result.Scorecard.Metrics, m => Assert.Equal("危险", m.BandName));
        Assert.Equal("生命周期健康度评估", result.Scorecard.Title);
        Assert.StartsWith("0个优秀", result.Scorecard.Verdict!.Text, StringComparison.Ordinal);
        Assert.Equal("获客:年度进店率", result.Scorecard.Metrics[0].Label);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(101)]
    [InlineData(-100.5)]
    public void First_visit_nps_outside_its_range_is_rejected(double nps) =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Assessor.Evaluate(Input(0.4, nps, 0.7, 0.3, 0.2)));

    [Fact]
    public void Rates_outside_zero_to_one_cannot_even_be_made() =>
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Fraction.From(1.2));

    [Fact]
    public void Overridden_scales_and_cut_offs_are_used()
    {
        var options = new LifecycleHealthOptions
        {
            ReferralRate = BandScale.HigherIsBetter(0, 1, [BandKeys.Danger, BandKeys.Excellent], 0.05),
            FlywheelMinimumExcellent = 4,
        };
        var result = new LifecycleHealthAssessor(options).Evaluate(Input(0.40, 85, 0.70, 0.30, 0.06));
        Assert.Equal(LifecycleDiagnosis.Flywheel, result.Diagnosis);
        Assert.Equal(BandKeys.Excellent, result.Scorecard[MetricIds.LifecycleReferralRate].Band!.Key);
    }

    [Fact]
    public void Invalid_options_list_every_failure()
    {
        var options = new LifecycleHealthOptions
        {
            YearlyRetention = ScorecardBands.LifecycleFirstVisitNps,
            GoodMinimumExcellent = 0,
            ReferralRate = null!,
        };
        var ex = Assert.Throws<ArgumentException>("options", () => new LifecycleHealthAssessor(options));
        Assert.Contains("YearlyRetention", ex.Message, StringComparison.Ordinal);
        Assert.Contains("GoodMinimumExcellent", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ReferralRate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_changed_after_construction_do_not_affect_the_assessor()
    {
        var options = new LifecycleHealthOptions();
        var assessor = new LifecycleHealthAssessor(options);
        options.FlywheelMinimumExcellent = 1;
        Assert.Equal(LifecycleDiagnosis.Good, assessor.Diagnose(3));
    }

    private static readonly Gen<double> Rates = Gen.Choose(0, 1000).Select(i => i / 1000d);

    [Property]
    public Property Diagnosis_is_consistent_with_the_bands() =>
        Prop.ForAll(Gen.ArrayOf(Rates, 4).ToArbitrary(), Gen.Choose(-100, 100).ToArbitrary(), (r, nps) =>
        {
            var result = Assessor.Evaluate(Input(r[0], nps, r[1], r[2], r[3]));
            var excellent = result.Scorecard.Metrics.Count(m => m.Band!.Key == BandKeys.Excellent);
            return excellent == result.ExcellentCount && result.Diagnosis == Assessor.Diagnose(excellent)
                && (result.Diagnosis == LifecycleDiagnosis.Flywheel) == (excellent == 5)
                && (result.Diagnosis == LifecycleDiagnosis.Crisis) == (excellent == 0);
        });
}
