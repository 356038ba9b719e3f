using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class ClvDiscreteIntervalPredictorTests
{
    private static readonly ClvIntervalOptions Fast = new() { Draws = 400, Seed = 3 };

    private static readonly Lazy<ClvModelFit> SmallBgBb = new(() => BgBbModel.Fit(Rows(1)));

    private static readonly Lazy<ClvModelFit> LargeBgBb = new(() => BgBbModel.Fit(Rows(8)));

    /// <summary>Histories over six opportunities, each row standing for <paramref name="weight"/> times its count.</summary>
    private static DiscreteSummary[] Rows(double weight) =>
    [
        new(0, 0, 6, weight: 300 * weight),
        new(1, 1, 6, weight: 60 * weight),
        new(1, 4, 6, weight: 40 * weight),
        new(2, 3, 6, weight: 30 * weight),
        new(2, 6, 6, weight: 35 * weight),
        new(3, 5, 6, weight: 30 * weight),
        new(4, 6, 6, weight: 35 * weight),
        new(5, 6, 6, weight: 40 * weight),
        new(6, 6, 6, weight: 60 * weight),
    ];

    /// <summary>A cohort of 1,000 renewing customers over seven periods (the "regular" segment of Fader &amp; Hardie 2007).</summary>
    private static CohortSurvivors Regular(double scale) => new(new[] { 1000d, 869, 743, 653, 593, 551, 517, 491 }.Select(a => a * scale));

    [Fact]
    public void Bg_bb_intervals_contain_the_estimates_and_are_shared_by_identical_rows()
    {
        var fit = SmallBgBb.Value;
        var model = BgBbModel.FromFit(fit);
        DiscreteSummary[] rows = [.. Rows(1), new(2, 3, 6)];
        var set = new ClvDiscreteIntervalPredictor().PredictBgBb(fit, rows, 5, 0.1, Fast);
        Assert.Equal(rows.Length, set.Intervals.Count);
        Assert.Contains("400 draws from the asymptotic normal", set.Method, StringComparison.Ordinal);
        for (var i = 0; i < rows.Length; i++)
        {
            var interval = set.Intervals[i];
            Assert.InRange(model.ConditionalExpectedTransactions(rows[i], 5), interval.ExpectedTransactions.Low, interval.ExpectedTransactions.High);
            Assert.InRange(model.ProbabilityAlive(rows[i]), interval.ProbabilityAlive.Low, interval.ProbabilityAlive.High);
            Assert.InRange(model.DiscountedExpectedResidualTransactions(rows[i], 0.1), interval.DiscountedResidualTransactions!.Low, interval.DiscountedResidualTransactions.High);
            Assert.InRange(interval.ExpectedTransactions.High, 0d, 5d);
            Assert.InRange(interval.ProbabilityAlive.High, 0d, 1d);
        }

        Assert.Equal(set.Intervals[3], set.Intervals[^1]);
        Assert.Null(new ClvDiscreteIntervalPredictor().PredictBgBb(fit, rows, 5, null, Fast).Intervals[0].DiscountedResidualTransactions);
    }

    [Property(MaxTest = 20)]
    public bool Bg_bb_intervals_narrow_as_the_customer_base_grows(byte row, byte horizon)
    {
        var history = Rows(1)[row % 9];
        var n = 1 + (horizon % 20);
        var small = new ClvDiscreteIntervalPredictor().PredictBgBb(SmallBgBb.Value, [history], n, null, Fast).Intervals[0];
        var large = new ClvDiscreteIntervalPredictor().PredictBgBb(LargeBgBb.Value, [history], n, null, Fast).Intervals[0];
        static double Width(ClvInterval i) => i.High - i.Low;
        return Width(large.ExpectedTransactions) < Width(small.ExpectedTransactions);
    }

    [Fact]
    public void Sbg_intervals_contain_survival_retention_and_derl_and_narrow_with_a_larger_cohort()
    {
        var fit = SbgModel.Fit([Regular(1)]);
        var model = SbgModel.FromFit(fit);
        var set = new ClvDiscreteIntervalPredictor().PredictSbg(fit, 12, 0.1, Fast);
        Assert.Equal(13, set.Intervals.Count);
        Assert.Equal(new ClvInterval(1, 1), set.Intervals[0].Survival);
        Assert.Null(set.Intervals[0].Retention);
        for (var t = 1; t <= 12; t++)
        {
            var interval = set.Intervals[t];
            Assert.Equal(t, interval.Period);
            Assert.InRange(model.Survival(t), interval.Survival.Low, interval.Survival.High);
            Assert.InRange(model.Retention(t), interval.Retention!.Low, interval.Retention.High);
            Assert.InRange(model.DiscountedExpectedResidualLifetime(0.1, t), interval.ResidualLifetime!.Low, interval.ResidualLifetime.High);
            Assert.True(interval.Survival.High > interval.Survival.Low);
        }

        var larger = new ClvDiscreteIntervalPredictor().PredictSbg(SbgModel.Fit([Regular(10)]), 12, null, Fast);
        Assert.True(larger.Intervals[12].Survival.High - larger.Intervals[12].Survival.Low < set.Intervals[12].Survival.High - set.Intervals[12].Survival.Low);
        Assert.Null(larger.Intervals[12].ResidualLifetime);
    }

    [Fact]
    public void The_same_seed_gives_the_same_discrete_intervals()
    {
        var fit = SbgModel.Fit([Regular(1)]);
        var a = new ClvDiscreteIntervalPredictor().PredictSbg(fit, 5, null, Fast);
        var b = new ClvDiscreteIntervalPredictor().PredictSbg(fit, 5, null, Fast);
        var c = new ClvDiscreteIntervalPredictor().PredictSbg(fit, 5, null, Fast with { Seed = 4 });
        Assert.Equal(a.Intervals, b.Intervals);
        Assert.NotEqual(a.Intervals, c.Intervals);
    }

    [Fact]
    public void Bad_input_to_the_discrete_intervals_is_rejected()
    {
        var predictor = new ClvDiscreteIntervalPredictor();
        var bgbb = SmallBgBb.Value;
        var sbg = SbgModel.Fit([Regular(1)]);
        DiscreteSummary[] one = [new(1, 1, 6)];
        Assert.Throws<ArgumentException>("fit", () => predictor.PredictBgBb(sbg, one, 5, null));
        Assert.Throws<ArgumentException>("fit", () => predictor.PredictSbg(bgbb, 5, null));
        Assert.Throws<ArgumentException>("options", () => predictor.PredictSbg(sbg, 5, null, new ClvIntervalOptions { Method = ClvIntervalMethod.ParametricBootstrap }));
        Assert.Throws<ArgumentException>("options", () => predictor.PredictBgBb(bgbb, one, 5, null, new ClvIntervalOptions { Level = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => predictor.PredictBgBb(bgbb, one, -1, null));
        Assert.Throws<ArgumentOutOfRangeException>("periods", () => predictor.PredictSbg(sbg, -1, null));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => predictor.PredictSbg(sbg, 3, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => predictor.PredictBgBb(bgbb, one, 3, double.NaN));
        Assert.Throws<ArgumentNullException>("rows", () => predictor.PredictBgBb(bgbb, null!, 3, null));
        Assert.Throws<ArgumentNullException>("rows", () => predictor.PredictBgBb(bgbb, [null!], 3, null));
        var withoutCovariance = new ClvModelFit(sbg.Model, sbg.Parameters, sbg.LogLikelihood, 1, true, "saved", 1, 1);
        var error = Assert.Throws<ArgumentException>("fit", () => predictor.PredictSbg(withoutCovariance, 3, null));
        Assert.Contains("no covariance", error.Message, StringComparison.Ordinal);
    }
}
