using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class ParametricBootstrapTests
{
    private static readonly ClvIntervalOptions Bootstrap = new() { Method = ClvIntervalMethod.ParametricBootstrap, Replicates = 40, Seed = 5 };

    /// <summary>
    /// <paramref name="n"/> customers simulated from BG/NBD (r 0.24, α 4.41, a 0.79, b 2.43; observed 30, 38 or 52 weeks)
    /// with Gamma-Gamma mean spends (p 6, q 4, v 16) for the repeat buyers, from a fixed seed.
    /// </summary>
    private static CustomerSummary[] Cohort(int n)
    {
        var model = new BgNbdModel(0.24, 4.41, 0.79, 2.43);
        var spend = new GammaGammaModel(6, 4, 16);
        var random = new Random(n);
        return [.. Enumerable.Range(0, n).Select(i =>
        {
            var age = new[] { 30d, 38d, 52d }[i % 3];
            var (x, tx) = HistorySimulator.History(model, age, random);
            return new CustomerSummary(x, tx, age, monetaryValue: x > 0 ? Math.Round((decimal)HistorySimulator.MeanSpend(spend, x, random), 2) + 0.01m : null);
        })];
    }

    public static TheoryData<string> Models => new() { "bg-nbd", "mbg-nbd", "pareto-nbd" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Simulated_histories_follow_the_model_they_were_drawn_from(string name)
    {
        // 20,000 customers observed for 39 weeks: the mean count and the share without a repeat purchase match the model's
        // closed forms E[X(39)] and P(X(39) = 0) within 4 standard errors of the simulation.
        var model = (IRepeatTransactionModel)ClvModels.Create(name, name == "pareto-nbd"
            ? new Dictionary<string, double> { ["r"] = 0.55, ["alpha"] = 10.6, ["s"] = 0.61, ["beta"] = 11.7 }
            : new Dictionary<string, double> { ["r"] = 0.24, ["alpha"] = 4.41, ["a"] = 0.79, ["b"] = 2.43 });
        var random = new Random(11);
        const int n = 20_000;
        var histories = Enumerable.Range(0, n).Select(_ => HistorySimulator.History(model, 39, random)).ToArray();
        Assert.All(histories, h => Assert.True(h.Recency is >= 0d and <= 39d && (h.Frequency > 0 || h.Recency == 0d)));
        var counts = histories.Select(h => h.Frequency).ToArray();
        var mean = counts.Average();
        var sd = Math.Sqrt(counts.Select(c => (c - mean) * (c - mean)).Sum() / (n - 1));
        Assert.InRange(mean - model.ExpectedTransactions(39), -4 * sd / Math.Sqrt(n), 4 * sd / Math.Sqrt(n));
        var zero = model.ProbabilityOfTransactions(0, 39);
        Assert.InRange(counts.Count(c => c == 0) / (double)n - zero, -4 * Math.Sqrt(zero * (1 - zero) / n), 4 * Math.Sqrt(zero * (1 - zero) / n));
    }

    [Fact]
    public void Simulated_mean_spends_average_to_the_population_mean()
    {
        var model = new GammaGammaModel(6, 4, 16);
        var random = new Random(2);
        var spends = Enumerable.Range(0, 40_000).Select(i => HistorySimulator.MeanSpend(model, 1 + (i % 5), random)).ToArray();
        Assert.Equal(model.MeanSpend(), spends.Average(), model.MeanSpend() * 0.02);
    }

    [Fact]
    public void A_bootstrap_interval_contains_the_estimate_and_reports_its_method_and_failed_replicates()
    {
        var customers = Cohort(300);
        var fit = BgNbdModel.Fit(customers);
        var spend = GammaGammaModel.Fit(customers);
        var report = new ClvIntervalPredictor().Predict(fit, spend, customers, 39, 0.01, Bootstrap);
        var points = new ClvPredictor().Predict(BgNbdModel.FromFit(fit), GammaGammaModel.FromFit(spend), customers, 39, 0.01);
        Assert.Equal(ClvIntervalMethod.ParametricBootstrap, report.IntervalMethod);
        Assert.Equal(40, report.Draws + report.FailedReplicates);
        Assert.Contains("parametric bootstrap", report.Method, StringComparison.Ordinal);
        Assert.Contains($"{report.FailedReplicates} left out because", report.Method, StringComparison.Ordinal);
        for (var i = 0; i < customers.Length; i++)
        {
            var (interval, point) = (report.Intervals[i], points[i]);
            Assert.InRange(point.ExpectedTransactions, interval.ExpectedTransactions.Low, interval.ExpectedTransactions.High);
            Assert.InRange(point.ProbabilityAlive, interval.ProbabilityAlive.Low, interval.ProbabilityAlive.High);
            Assert.InRange(point.ExpectedSpend!.Value, interval.ExpectedSpend!.Low, interval.ExpectedSpend.High);
            Assert.InRange(point.Value!.Value, interval.Value!.Low, interval.Value.High);
            Assert.True(interval.ExpectedTransactions.High > interval.ExpectedTransactions.Low);
        }
    }

    [Fact]
    public void Bootstrap_intervals_narrow_as_the_customer_base_grows()
    {
        var small = Cohort(300);
        var large = Cohort(1800);
        var a = new ClvIntervalPredictor().Predict(ParetoNbdModel.Fit(small), null, small, 39, null, Bootstrap);
        var b = new ClvIntervalPredictor().Predict(ParetoNbdModel.Fit(large), null, large, 39, null, Bootstrap);
        // Six times the customers: the replicates' estimates spread about 1/√6 as far, so the intervals of customers with
        // like histories narrow; compared on average over two cohorts drawn from one model.
        static double MeanWidth(ClvIntervalReport r) => r.Intervals.Average(i => i.ExpectedTransactions.High - i.ExpectedTransactions.Low);
        Assert.True(MeanWidth(b) < 0.7 * MeanWidth(a), $"{MeanWidth(b)} vs {MeanWidth(a)}");
    }

    [Fact]
    public void The_same_seed_gives_the_same_bootstrap_and_another_seed_another()
    {
        var customers = Cohort(300);
        var fit = MbgNbdModel.Fit(customers);
        var options = Bootstrap with { Replicates = 20 };
        var first = new ClvIntervalPredictor().Predict(fit, null, customers, 20, null, options);
        var again = new ClvIntervalPredictor().Predict(fit, null, customers, 20, null, options);
        var other = new ClvIntervalPredictor().Predict(fit, null, customers, 20, null, options with { Seed = 6 });
        Assert.Equal(first.Intervals, again.Intervals);
        Assert.Equal(first.FailedReplicates, again.FailedReplicates);
        Assert.NotEqual(first.Intervals, other.Intervals);
    }

    [Fact]
    public void The_bootstrap_needs_no_covariance_so_a_saved_fit_without_one_works()
    {
        var customers = Cohort(300);
        var fit = BgNbdModel.Fit(customers);
        var saved = new ClvModelFit(fit.Model, fit.Parameters.Select(p => new ClvParameter(p.Name, p.Value, null)), fit.LogLikelihood, 1, true, "saved", 1, 1);
        Assert.Throws<ArgumentException>("transactions", () => new ClvIntervalPredictor().Predict(saved, null, customers, 10, null));
        var report = new ClvIntervalPredictor().Predict(saved, null, customers, 10, null, Bootstrap with { Replicates = 12 });
        Assert.Equal(customers.Length, report.Intervals.Count);
    }

    [Fact]
    public void Bad_bootstrap_options_are_rejected()
    {
        var customers = Cohort(100);
        var fit = BgNbdModel.Fit(customers);
        var predictor = new ClvIntervalPredictor();
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, customers, 5, null, Bootstrap with { Replicates = 9 }));
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, customers, 5, null, Bootstrap with { Replicates = 10_001 }));
        Assert.Throws<ArgumentException>("options", () => predictor.Predict(fit, null, customers, 5, null, Bootstrap with { Method = (ClvIntervalMethod)7 }));
        Assert.Equal(200, new ClvIntervalOptions { Method = ClvIntervalMethod.ParametricBootstrap }.Count);
        Assert.Equal(2000, new ClvIntervalOptions().Count);
    }
}
