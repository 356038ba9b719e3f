using System.Globalization;
using CustomerLifecycle.Core;
using CustomerLifecycle.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scorecards.Tests;

public class BandScaleTests
{
    // Seed 001 activation table: "≥85 优秀, 75-85 合格, <75 危险" — lower bound inclusive: 85 → excellent, 75 → pass.
    [Theory]
    [InlineData(-100, BandKeys.Danger)]
    [InlineData(74.999, BandKeys.Danger)]
    [InlineData(75, BandKeys.Pass)]
    [InlineData(84.999, BandKeys.Pass)]
    [InlineData(85, BandKeys.Excellent)]
    [InlineData(100, BandKeys.Excellent)]
    public void Activation_first_visit_nps_boundaries_follow_the_lower_bound_inclusive_rule(double nps, string expected) =>
        Assert.Equal(expected, ScorecardBands.ActivationFirstVisitNps.Classify(nps).Key);

    [Theory]
    [InlineData(0.0, BandKeys.Danger)]
    [InlineData(0.2999, BandKeys.Danger)]
    [InlineData(0.30, BandKeys.Pass)]
    [InlineData(0.3999, BandKeys.Pass)]
    [InlineData(0.40, BandKeys.Excellent)]
    [InlineData(1.0, BandKeys.Excellent)]
    public void Perfect_rate_boundaries(double rate, string expected) =>
        Assert.Equal(expected, ScorecardBands.ActivationPerfectRate.Classify(rate).Key);

    // Seed 001: "100% 优秀, ≥90% 合格, <90% 危险" — the top band holds exactly the maximum.
    [Theory]
    [InlineData(0.0, BandKeys.Danger)]
    [InlineData(0.8999, BandKeys.Danger)]
    [InlineData(0.90, BandKeys.Pass)]
    [InlineData(0.9999, BandKeys.Pass)]
    [InlineData(1.0, BandKeys.Excellent)]
    public void Callback_rate_is_excellent_only_at_one_hundred_percent(double rate, string expected) =>
        Assert.Equal(expected, ScorecardBands.ActivationCallbackRate24h.Classify(rate).Key);

    [Theory]
    [InlineData(0.5999, BandKeys.Danger)]
    [InlineData(0.60, BandKeys.Pass)]
    [InlineData(0.7999, BandKeys.Pass)]
    [InlineData(0.80, BandKeys.Excellent)]
    public void Retention_90_day_boundaries(double rate, string expected) =>
        Assert.Equal(expected, ScorecardBands.ActivationRetention90Days.Classify(rate).Key);

    [Theory]
    [InlineData(0, BandKeys.Danger)]
    [InlineData(1.99, BandKeys.Danger)]
    [InlineData(2, BandKeys.Pass)]
    [InlineData(2.99, BandKeys.Pass)]
    [InlineData(3, BandKeys.Excellent)]
    [InlineData(1e9, BandKeys.Excellent)]
    public void Surprise_moment_boundaries(double perCustomer, string expected) =>
        Assert.Equal(expected, ScorecardBands.ActivationSurpriseMoments.Classify(perCustomer).Key);

    // Seed 003 lifecycle table, every boundary of every row (four bands: 危险 / 及格 / 良好 / 优秀).
    public static TheoryData<string, double, string> LifecycleBoundaries() => new()
    {
        { "visit", 0.1999, BandKeys.Danger }, { "visit", 0.20, BandKeys.Pass }, { "visit", 0.30, BandKeys.Good }, { "visit", 0.40, BandKeys.Excellent },
        { "nps", 64.99, BandKeys.Danger }, { "nps", 65, BandKeys.Pass }, { "nps", 75, BandKeys.Good }, { "nps", 85, BandKeys.Excellent },
        { "retention", 0.4999, BandKeys.Danger }, { "retention", 0.50, BandKeys.Pass }, { "retention", 0.60, BandKeys.Good }, { "retention", 0.70, BandKeys.Excellent },
        { "penetration", 0.0999, BandKeys.Danger }, { "penetration", 0.10, BandKeys.Pass }, { "penetration", 0.20, BandKeys.Good }, { "penetration", 0.30, BandKeys.Excellent },
        { "referral", 0.0999, BandKeys.Danger }, { "referral", 0.10, BandKeys.Pass }, { "referral", 0.15, BandKeys.Good }, { "referral", 0.20, BandKeys.Excellent },
    };

    [Theory]
    [MemberData(nameof(LifecycleBoundaries))]
    public void Lifecycle_table_boundaries_follow_the_lower_bound_inclusive_rule(string row, double value, string expected)
    {
        var scale = row switch
        {
            "visit" => ScorecardBands.LifecycleYearlyVisitRate,
            "nps" => ScorecardBands.LifecycleFirstVisitNps,
            "retention" => ScorecardBands.LifecycleYearlyRetention,
            "penetration" => ScorecardBands.LifecycleValueAddedPenetration,
            _ => ScorecardBands.LifecycleReferralRate,
        };
        Assert.Equal(expected, scale.Classify(value).Key);
    }

    [Fact]
    public void Rates_computed_as_part_over_whole_land_on_the_threshold_exactly()
    {
        // seed 003: 441 of 1,470 buy value-added services = 30 % → excellent, not good.
        Assert.Equal(BandKeys.Excellent, ScorecardBands.LifecycleValueAddedPenetration.Classify(Fraction.Of(441, 1470).Value).Key);
        // …but the seed's 66 referrers of 441 (66.15 rounded down) is 14.97 %, just below the 15 % "good" line: pass.
        Assert.Equal(BandKeys.Pass, ScorecardBands.LifecycleReferralRate.Classify(Fraction.Of(66, 441).Value).Key);
        Assert.Equal(BandKeys.Good, ScorecardBands.LifecycleReferralRate.Classify(0.15).Key);
    }

    [Theory]
    [InlineData(0.0199, "excellent")]
    [InlineData(0.02, "pass")]
    [InlineData(0.0499, "pass")]
    [InlineData(0.05, "danger")]
    public void Lower_is_better_scales_keep_the_same_boundary_rule(double complaintRate, string expected)
    {
        var scale = BandScale.LowerIsBetter(0, 1, ["excellent", "pass", "danger"], 0.02, 0.05);
        var band = scale.Classify(complaintRate);
        Assert.Equal(expected, band.Key);
        Assert.Equal(expected == "excellent", band.IsBest);
        Assert.Equal(expected == "danger", band.IsWorst);
    }

    [Fact]
    public void Rank_counts_from_the_best_band_whatever_the_direction()
    {
        var higher = ScorecardBands.LifecycleReferralRate;
        Assert.Equal([3, 2, 1, 0], higher.Bands.Select(b => b.Rank));
        Assert.Equal(BandKeys.Excellent, higher.Best.Key);
        var lower = BandScale.LowerIsBetter(0, 10, ["a", "b", "c"], 2, 5);
        Assert.Equal([0, 1, 2], lower.Bands.Select(b => b.Rank));
        Assert.Equal("a", lower.Best.Key);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    [InlineData(-0.0001)]
    [InlineData(1.0001)]
    public void Values_outside_the_domain_or_nan_are_rejected(double rate)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("value", () => ScorecardBands.ActivationRetention90Days.Classify(rate));
        Assert.Contains("[0, 1]", ex.Message, StringComparison.Ordinal);
        Assert.False(ScorecardBands.ActivationRetention90Days.TryClassify(rate, out _));
    }

    [Fact]
    public void Bands_out_of_order_are_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => new BandScale(BandDirection.HigherIsBetter, [new("low", double.NegativeInfinity), new("high", 85), new("mid", 75)]));

    [Fact]
    public void Equal_thresholds_are_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => BandScale.HigherIsBetter(0, 1, ["a", "b", "c"], 0.5, 0.5));

    [Fact]
    public void A_first_band_above_the_minimum_leaves_a_gap_and_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("bands", () => new BandScale(BandDirection.HigherIsBetter, [new("danger", 10), new("pass", 75)], minimum: 0, maximum: 100));
        Assert.Contains("gap", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_that_starts_on_the_minimum_would_leave_the_lower_one_empty_and_is_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => BandScale.HigherIsBetter(0, 1, ["a", "b"], 0));

    [Fact]
    public void A_band_above_the_maximum_is_unreachable_and_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => BandScale.HigherIsBetter(0, 1, ["a", "b"], 1.5));

    [Fact]
    public void Duplicate_keys_are_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => BandScale.HigherIsBetter(0, 1, ["a", "a"], 0.5));

    [Fact]
    public void A_single_band_is_rejected() =>
        Assert.Throws<ArgumentException>("bands", () => new BandScale(BandDirection.HigherIsBetter, [new("only", double.NegativeInfinity)]));

    [Fact]
    public void A_nan_threshold_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>("lowerBound", () => BandScale.HigherIsBetter(0, 1, ["a", "b"], double.NaN));

    [Fact]
    public void An_empty_or_nan_domain_is_rejected()
    {
        Assert.Throws<ArgumentException>("minimum", () => BandScale.HigherIsBetter(1, 1, ["a", "b"], 0.5));
        Assert.Throws<ArgumentException>("minimum", () => BandScale.HigherIsBetter(double.NaN, 1, ["a", "b"], 0.5));
    }

    [Fact]
    public void Key_and_threshold_counts_must_match() =>
        Assert.Throws<ArgumentException>("thresholds", () => BandScale.HigherIsBetter(0, 1, ["a", "b", "c"], 0.5));

    [Fact]
    public void An_undefined_direction_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>("direction", () => new BandScale((BandDirection)7, [new("a", double.NegativeInfinity), new("b", 1)]));

    [Fact]
    public void Description_states_the_intervals()
    {
        Assert.Equal("danger [-100, 75) · pass [75, 85) · excellent [85, 100] (higher is better)", ScorecardBands.ActivationFirstVisitNps.ToString());
        Assert.Equal(BandKeys.Pass, ScorecardBands.ActivationFirstVisitNps[BandKeys.Pass].Key);
        Assert.Throws<ArgumentException>("key", () => ScorecardBands.ActivationFirstVisitNps["good"]);
    }

    private static Gen<BandScale> Scales() =>
        from count in Gen.Choose(2, 6)
        from steps in Gen.ArrayOf(Gen.Choose(1, 1000), count - 1)
        from lower in Gen.Elements(BandDirection.HigherIsBetter, BandDirection.LowerIsBetter)
        select new BandScale(lower, steps.Select((_, i) => steps.Take(i + 1).Sum() / 10d)
            .Prepend(double.NegativeInfinity)
            .Select((b, i) => new BandDefinition("b" + i.ToString(CultureInfo.InvariantCulture), b)));

    [Property]
    public Property Every_value_falls_in_exactly_one_band() =>
        Prop.ForAll(Scales().ToArbitrary(), Gen.Choose(-1000, 700_000).Select(i => i / 100d).ToArbitrary(), (scale, value) =>
        {
            var containing = scale.Bands.Count(b => value >= b.LowerBound && value < b.UpperBound);
            var band = scale.Classify(value);
            return containing == 1 && value >= band.LowerBound && value < band.UpperBound;
        });

    [Property]
    public Property Classification_is_monotone_in_the_value() =>
        Prop.ForAll(Scales().ToArbitrary(), Gen.Choose(-1000, 700_000).ToArbitrary(), Gen.Choose(0, 10_000).ToArbitrary(), (scale, a, d) =>
            scale.Classify(a / 100d).Index <= scale.Classify((a + d) / 100d).Index);

    [Property(Arbitrary = [typeof(LifecycleArbitraries)])]
    public bool Every_fraction_has_exactly_one_lifecycle_band(Fraction rate)
    {
        var scale = ScorecardBands.LifecycleYearlyRetention;
        var band = scale.Classify(rate.Value);
        return scale.Bands.Count(b => b == band) == 1 && band.LowerBound <= rate.Value
            && (rate.Value < band.UpperBound || band.Index == scale.Bands.Count - 1);
    }
}
