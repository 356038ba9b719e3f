using CustomerLifecycle.Core;
using CustomerLifecycle.Scorecards.Outcomes;
using CustomerLifecycle.Scoring.Nps;

namespace CustomerLifecycle.Scorecards.Tests;

public class OutcomeMappingTests
{
    private static readonly OutcomeMapping Nps = OutcomeMapping.NpsFiveYearRepurchase;
    private static readonly OutcomeMapping FirstScore = OutcomeMapping.FirstScoreRetention90Days;

    [Theory]
    [InlineData(100, OutcomeKeys.Repurchase5Years, 0.73)]
    [InlineData(90, OutcomeKeys.Repurchase5Years, 0.73)]
    [InlineData(89.9, OutcomeKeys.Repurchase5Years, 0.48)]
    [InlineData(70, OutcomeKeys.Repurchase5Years, 0.48)]
    [InlineData(69, OutcomeKeys.Repurchase5Years, 0.22)]
    [InlineData(50, OutcomeKeys.Repurchase5Years, 0.22)]
    [InlineData(49.9, OutcomeKeys.Churn5Years, 0.89)]
    [InlineData(-100, OutcomeKeys.Churn5Years, 0.89)]
    public void Seed_000_nps_bands_predict_five_year_outcomes(double nps, string outcome, double probability)
    {
        var predicted = Nps.Project(nps);
        Assert.Equal(outcome, predicted.OutcomeKey);
        Assert.Equal(probability, predicted.Probability.Value);
    }

    [Theory]
    [InlineData(10, 0.85)]
    [InlineData(9, 0.85)]
    [InlineData(8, 0.55)]
    [InlineData(7, 0.55)]
    [InlineData(6, 0.15)]
    [InlineData(0, 0.15)]
    public void Seed_001_first_score_predicts_90_day_retention(int score, double retention) =>
        Assert.Equal(retention, FirstScore.Project(score).Probability.Value);

    [Fact]
    public void Moving_a_customer_from_passive_to_promoter_adds_30_points_of_retention()
    {
        Assert.Equal(0.30, FirstScore.ProbabilityChange(8, 9)!.Value, 12);
        // Worth 0.30 × ¥100,000 CLV (seed 001's 8-year CLV per customer) = ¥30,000 per customer moved.
        Assert.Equal(30_000m, FirstScore.ExpectedValueOfMove(8, 9, Money.From(100_000m, "CNY"))!.Value.Amount);
    }

    [Fact]
    public void Moving_a_centre_from_70_89_to_90_plus_adds_25_points_of_repurchase()
    {
        Assert.Equal(0.25, Nps.ProbabilityChange(75, 90)!.Value, 12);
        Assert.Equal(250m, Nps.ExpectedValueOfMove(75, 90, Money.From(1m, "CNY"), customers: 1000)!.Value.Amount);
    }

    [Fact]
    public void Moves_between_different_kinds_of_outcome_are_undefined()
    {
        // "< 50 → 89 % churn" is not the complement of a repurchase rate; the seed gives no repurchase figure there.
        Assert.Null(Nps.ProbabilityChange(40, 60));
        Assert.Null(Nps.ExpectedValueOfMove(40, 60, Money.From(1m, "CNY")));
    }

    [Fact]
    public void A_centre_expected_retention_follows_its_score_mix()
    {
        // 70 % promoters, 20 % passives, 10 % detractors → 0.7 × 0.85 + 0.2 × 0.55 + 0.1 × 0.15 = 0.72.
        Assert.Equal(0.72, FirstScore.ExpectedProbability(NpsTally.FromCounts(70, 20, 10))!.Value, 12);
        Assert.Null(FirstScore.ExpectedProbability(NpsTally.Empty));
        Assert.Throws<InvalidOperationException>(() => Nps.ExpectedProbability(NpsTally.FromCounts(1, 1, 1)));
        var split = new OutcomeMapping(BandScale.HigherIsBetter(0, 10, ["low", "high"], 8), new Dictionary<string, BandOutcome>
        {
            ["low"] = new("x", Fraction.Zero),
            ["high"] = new("x", Fraction.One),
        });
        Assert.Throws<InvalidOperationException>(() => split.ExpectedProbability(NpsTally.FromCounts(1, 1, 1)));
    }

    [Fact]
    public void Bad_mappings_and_values_are_rejected()
    {
        var scale = BandScale.HigherIsBetter(0, 1, ["a", "b"], 0.5);
        Assert.Throws<ArgumentException>("outcomes", () => new OutcomeMapping(scale, new Dictionary<string, BandOutcome> { ["a"] = new("x", Fraction.Zero) }));
        Assert.Throws<ArgumentException>("outcomes", () => new OutcomeMapping(scale, new Dictionary<string, BandOutcome> { ["a"] = new("x", Fraction.Zero), ["b"] = new("x", Fraction.Zero), ["c"] = new("x", Fraction.Zero) }));
        Assert.Throws<ArgumentException>("outcomes", () => new OutcomeMapping(scale, new Dictionary<string, BandOutcome> { ["a"] = new(" ", Fraction.Zero), ["b"] = new("x", Fraction.Zero) }));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => FirstScore.Project(11));
        Assert.Throws<ArgumentOutOfRangeException>("value", () => Nps.Project(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("customers", () => Nps.ExpectedValueOfMove(75, 90, Money.From(1m, "CNY"), -1));
    }
}
