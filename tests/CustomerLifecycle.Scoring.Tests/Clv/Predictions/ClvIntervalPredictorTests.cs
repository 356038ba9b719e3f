using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using CustomerLifecycle.Scoring.Tests.Clv.Models;
using CustomerLifecycle.Tests.Shared;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class ClvIntervalPredictorTests
{
    private static readonly ClvIntervalOptions Fast = new() { Draws = 300, Seed = 7 };

    private static readonly Lazy<ClvModelFit> SmallFit = new(() => ParetoNbdModel.Fit(Cohort(5)));

    private static readonly Lazy<ClvModelFit> LargeFit = new(() => ParetoNbdModel.Fit(Cohort(20)));

    /// <summary>A small synthetic cohort (weeks): a mix of one-off and repeat buyers, each row standing for <paramref name="weight"/> customers.</summary>
    private static CustomerSummary[] Cohort(double weight) =>
    [
        new(0, 0, 38, weight: 60 * weight),
        new(1, 10, 38, monetaryValue: 20m, weight: 15 * weight),
        new(2, 30, 38, monetaryValue: 35m, weight: 10 * weight),
        new(4, 20, 38, monetaryValue: 18m, weight: 8 * weight),
        new(7, 36, 38, monetaryValue: 42m, weight: 5 * weight),
        new(12, 37, 38, monetaryValue: 25m, weight: 2 * weight),
        new(1, 2, 30, monetaryValue: 60m, weight: 10 * weight),
        new(3, 28, 30, monetaryValue: 15m, weight: 6 * weight),
    ];

    private static (ClvModelFit Transactions, ClvModelFit Spend) Fits(double weight)
    {
        return (ParetoNbdModel.Fit(Cohort(weight)), GammaGammaModel.Fit(Spenders()));
    }

    /// <summary>300 repeat buyers whose mean spends follow a Gamma-Gamma model (p 6, q 4, v 16), from a fixed seed.</summary>
    private static CustomerSummary[] Spenders()
    {
        var random = new Random(3);
        return [.. Enumerable.Range(0, 300).Select(i =>
        {
            var x = 1 + (i % 6);
            var nu = MathNet.Numerics.Distributions.Gamma.Sample(random, 4, 16);
            var mean = MathNet.Numerics.Distributions.Gamma.Sample(random, 6d * x, nu * x);
            return new CustomerSummary(x, 30, 38, monetaryValue: Math.Round((decimal)mean, 2));
        })];
    }

    [Fact]
    public void A_converged_fit_carries_the_covariance_of_its_log_parameters()
    {
        var (fit, _) = Fits(10);
        Assert.True(fit.Converged, fit.Message);
        var covariance = fit.LogParameterCovariance!;
        Assert.Equal(4, covariance.Count);
        for (var i = 0; i < 4; i++)
        {
            // The standard error is the delta method from the log scale: SE(p) = p·sqrt(Var ln p).
            Assert.Equal(fit.Parameters[i].StandardError!.Value, fit.Parameters[i].Value * Math.Sqrt(covariance[i][i]), 1e-9 * fit.Parameters[i].Value);
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(covariance[i][j], covariance[j][i]);
            }
        }

        Assert.Same(covariance, new ClvFit<ParetoNbdModel>(fit).LogParameterCovariance);
    }

    [Fact]
    public void Every_interval_contains_its_point_estimate_and_reports_its_method()
    {
        var (fit, spend) = Fits(10);
        var customers = Cohort(1);
        var report = new ClvIntervalPredictor().Predict(fit, spend, customers, 39, 0.01, Fast);
        var points = new ClvPredictor().Predict(ParetoNbdModel.FromFit(fit), GammaGammaModel.FromFit(spend), customers, 39, 0.01);
        Assert.Equal(customers.Length, report.Intervals.Count);
        Assert.Contains("300 draws from the asymptotic normal", report.Method, StringComparison.Ordinal);
        for (var i = 0; i < customers.Length; i++)
        {
            var (interval, point) = (report.Intervals[i], points[i]);
            Assert.InRange(point.ExpectedTransactions, interval.ExpectedTransactions.Low, interval.ExpectedTransactions.High);
            Assert.InRange(point.ProbabilityAlive, interval.ProbabilityAlive.Low, interval.ProbabilityAlive.High);
            Assert.InRange(point.ExpectedSpend!.Value, interval.ExpectedSpend!.Low, interval.ExpectedSpend.High);
            Assert.InRange(point.Value!.Value, interval.Value!.Low, interval.Value.High);
            Assert.True(interval.ExpectedTransactions.High > interval.ExpectedTransactions.Low);
            Assert.InRange(interval.ProbabilityAlive.High, 0d, 1d);
        }
    }

    [Property(MaxTest = 30)]
    public bool Intervals_narrow_as_the_fitted_customer_base_grows(byte row, byte weeks)
    {
        // The same histories with four times the customers: the Hessian grows fourfold, the draws spread half as far.
        var customers = Cohort(1);
        var customer = customers[row % customers.Length];
        var horizon = 1 + (weeks % 104);
        var small = new ClvIntervalPredictor().Predict(SmallFit.Value, null, [customer], horizon, null, Fast).Intervals[0];
        var large = new ClvIntervalPredictor().Predict(LargeFit.Value, null, [customer], horizon, null, Fast).Intervals[0];
        double Width(ClvInterval i) => i.High - i.Low;
        return Width(large.ExpectedTransactions) < Width(small.ExpectedTransactions)
            && (Width(large.ProbabilityAlive) < Width(small.ProbabilityAlive) || Width(small.ProbabilityAlive) == 0d);
    }

    [Fact]
    public void The_same_seed_gives_the_same_intervals_and_another_seed_others()
    {
        var (fit, _) = Fits(10);
        var customers = Cohort(1);
        var a = new ClvIntervalPredictor().Predict(fit, null, customers, 39, null, Fast);
        var b = new ClvIntervalPredictor().Predict(fit, null, customers, 39, null, Fast);
        var c = new ClvIntervalPredictor().Predict(fit, null, customers, 39, null, Fast with { Seed = 8 });
        Assert.Equal(a.Intervals, b.Intervals);
        Assert.NotEqual(a.Intervals, c.Intervals);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Cdnow_bg_nbd_intervals_are_tight_around_the_estimate_for_the_whole_base()
    {
        var fit = BgNbdModel.Fit(Cdnow.Summaries);
        var report = new ClvIntervalPredictor().Predict(fit, null, Cdnow.Summaries, 39, null, Fast);
        var model = BgNbdModel.FromFit(fit);

        // A customer with x = 2, t_x = 30.43, T = 38.86 expects about 1.23 purchases in 39 weeks; 2,357 customers pin
        // the parameters down to within a few per cent.
        var i = Cdnow.Summaries.Select((c, k) => (c, k)).First(p => p.c.Frequency == 2 && Math.Abs(p.c.Recency - 30.43) < 1e-9).k;
        var interval = report.Intervals[i].ExpectedTransactions;
        var point = model.ConditionalExpectedTransactions(39, 2, 30.43, 38.86);
        Assert.InRange(point, interval.Low, interval.High);
        Assert.InRange((interval.High - interval.Low) / point, 0.02, 0.4);
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        var (fit, spend) = Fits(10);
        var predictor = new ClvIntervalPredictor();
        CustomerSummary[] one = [new(1, 1, 2)];
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, one, 5, null, new ClvIntervalOptions { Level = 1 }));
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, one, 5, null, new ClvIntervalOptions { Level = double.NaN }));
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, one, 5, null, new ClvIntervalOptions { Draws = 5 }));
        Assert.Throws<ArgumentException>("transactions", () => predictor.Predict(spend, null, one, 5, null));
        Assert.Throws<ArgumentException>("spend", () => predictor.Predict(fit, fit, one, 5, null));
        var withoutCovariance = new ClvModelFit(fit.Model, fit.Parameters, fit.LogLikelihood, 1, true, "saved", 1, 1);
        var error = Assert.Throws<ArgumentException>("transactions", () => predictor.Predict(withoutCovariance, null, one, 5, null));
        Assert.Contains("no covariance", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => predictor.Predict(fit, null, one, -1, null));
        Assert.Throws<ArgumentNullException>("customers", () => predictor.Predict(fit, null, null!, 5, null));
    }
}
