using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

// Published values: Fader, Hardie & Lee (2005) "Counting your customers the easy way" (CDNOW, weeks) and Hardie's
// note 027 (single-customer log-likelihoods). Parameters are published to 3 decimals, so tolerances are 1e-3 on them.
public sealed class BgNbdModelTests
{
    private static readonly Lazy<ClvModelFit> CdnowFit = new(() => BgNbdModel.Fit(Cdnow.Summaries));

    private static readonly BgNbdModel Published = new(0.243, 4.414, 0.793, 2.426);

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Fit_on_cdnow_reproduces_the_published_parameters_and_log_likelihood()
    {
        var fit = CdnowFit.Value;

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal("bg-nbd", fit.Model);
        Assert.Equal(["r", "alpha", "a", "b"], fit.Parameters.Select(p => p.Name));
        Assert.Equal(0.243, fit["r"], 1e-3);
        Assert.Equal(4.414, fit["alpha"], 1e-3);
        Assert.Equal(0.793, fit["a"], 1e-3);
        Assert.Equal(2.426, fit["b"], 1e-3);
        Assert.Equal(-9582.4, fit.LogLikelihood, 0.05);
        Assert.Equal(2357d, fit.Customers);
        Assert.True(fit.Rows < 2357, "identical rows are merged");
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Fit_reports_finite_positive_standard_errors()
    {
        var fit = CdnowFit.Value;

        Assert.Null(fit.StandardErrorsUnavailableReason);
        Assert.All(fit.Parameters, p => Assert.InRange(p.StandardError!.Value, 1e-4, p.Value));
    }

    [Theory]
    [InlineData(0, 0, 40, -0.59947382, 1e-8)]
    [InlineData(200, 38, 40, 100.7957, 1e-4)]
    public void Single_customer_log_likelihood_matches_note_027(double x, double tx, double age, double expected, double tolerance)
    {
        var model = new BgNbdModel(0.25, 4, 0.8, 2.5);

        Assert.Equal(expected, model.LogLikelihood(x, tx, age), tolerance);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Customer_1_expects_1_226_purchases_in_the_next_39_weeks()
    {
        var model = BgNbdModel.FromFit(CdnowFit.Value);

        Assert.Equal(1.226, model.ConditionalExpectedTransactions(39, 2, 30.43, 38.86), 1e-3);
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Batch_conditional_expectation_equals_the_single_customer_one()
    {
        var rows = Cdnow.Raw.Take(300).ToArray();
        var x = rows.Select(r => r.X).ToArray();
        var tx = rows.Select(r => r.Tx).ToArray();
        var age = rows.Select(r => r.T).ToArray();
        var result = new double[rows.Length];

        Published.ConditionalExpectedTransactions(52, x, tx, age, result);

        for (var i = 0; i < rows.Length; i++)
        {
            Assert.Equal(Published.ConditionalExpectedTransactions(52, x[i], tx[i], age[i]), result[i], 1e-12);
        }
    }

    [Fact]
    public void Batch_rejects_spans_of_different_lengths()
    {
        Assert.Throws<ArgumentException>("destination", () => Published.ConditionalExpectedTransactions(1, [1d], [1d], [2d], new double[2]));
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Total_likelihood_is_the_weighted_sum_of_single_customer_likelihoods()
    {
        var fit = CdnowFit.Value;
        var model = BgNbdModel.FromFit(fit);

        var sum = Cdnow.Raw.Sum(r => model.LogLikelihood(r.X, r.Tx, r.T));

        Assert.Equal(sum, fit.LogLikelihood, 1e-6);
    }

    [Fact]
    public void Expected_transactions_match_numerical_integration_over_the_dropout_probability()
    {
        // E[X(t)] = ∫ (1 − (α/(α+pt))^r)/p · Beta(p; a, b) dp, integrated independently with a tanh-sinh rule.
        foreach (var (a, b) in new[] { (0.793, 2.426), (0.3, 0.4), (1.0, 2.0), (2.5, 0.6), (0.5, 0.5) })
        {
            var model = new BgNbdModel(0.243, 4.414, a, b);
            foreach (var t in new[] { 0.5, 10, 39, 156 })
            {
                var expected = BetaExpectation(p => OneMinusPower(p * t / 4.414, 0.243) / p, a, b);
                Assert.Equal(expected, model.ExpectedTransactions(t), Math.Max(1e-7, expected * 1e-7));
            }
        }
    }

    [Fact]
    public void Conditional_expectation_matches_numerical_integration_when_a_plus_b_is_below_one()
    {
        // The case that makes lifetimes return NaN (issue 442): one-time buyers with a + b < 1.
        var model = new BgNbdModel(0.5, 3, 0.3, 0.4);
        var expected = BetaExpectation(p => OneMinusPower(p * 52 / 23.0, 0.5) / p, 0.3, 0.4);

        Assert.Equal(expected, model.ConditionalExpectedTransactions(52, 0, 0, 20), 1e-7);
    }

    [Fact]
    public void Probability_alive_in_the_future_matches_numerical_integration()
    {
        var model = Published;
        double x = 3, tx = 20, age = 38, tau = 26;
        var k = 4.414 + age;
        var expected = model.ProbabilityAlive(x, tx, age) * BetaExpectation(p => Math.Pow(k / (k + (p * tau)), 0.243 + x), 0.793, 2.426 + x);

        Assert.Equal(expected, model.ProbabilityAlive(x, tx, age, tau), 1e-9);
        Assert.Equal(model.ProbabilityAlive(x, tx, age), model.ProbabilityAlive(x, tx, age, 0), 15);
    }

    [Fact]
    public void Probabilities_of_counts_sum_to_one_and_their_mean_is_the_expectation()
    {
        var (total, mean) = CountMoments(Published, 39, 400);

        Assert.Equal(1d, total, 1e-9);
        Assert.Equal(Published.ExpectedTransactions(39), mean, 1e-6);
    }

    [Fact]
    public void Extreme_customers_give_finite_predictions()
    {
        var model = new BgNbdModel(0.243, 4.414, 0.3, 0.5);
        foreach (var (x, tx, age) in new[] { (500d, 1000d, 1000d), (500d, 10d, 5000d), (0d, 0d, 1e6), (1d, 1e-9, 1e6), (300d, 299.99, 300d) })
        {
            var ll = model.LogLikelihood(x, tx, age);
            var alive = model.ProbabilityAlive(x, tx, age);
            var expected = model.ConditionalExpectedTransactions(52, x, tx, age);
            var future = model.ProbabilityAlive(x, tx, age, 520);
            Assert.True(double.IsFinite(ll));
            Assert.InRange(alive, 0d, 1d);
            Assert.InRange(future, 0d, alive);
            Assert.True(double.IsFinite(expected) && expected >= 0d, $"E = {expected} for {(x, tx, age)}");
        }
    }

    [Fact]
    public void Invalid_customers_and_parameters_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("frequency", () => Published.ConditionalExpectedTransactions(1, 1.5, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>("recency", () => Published.ProbabilityAlive(1, 3, 2));
        Assert.Throws<ArgumentOutOfRangeException>("recency", () => Published.ProbabilityAlive(0, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>("age", () => Published.LogLikelihood(0, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => Published.ExpectedTransactions(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("future", () => Published.ProbabilityAlive(1, 1, 2, -1));
        Assert.Throws<ArgumentOutOfRangeException>("n", () => Published.ProbabilityOfTransactions(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => new BgNbdModel(1, 0, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("b", () => new BgNbdModel(1, 1, 1, double.PositiveInfinity));
        Assert.Throws<ArgumentException>("customers", () => BgNbdModel.Fit([]));
        Assert.Throws<ArgumentNullException>("customers", () => BgNbdModel.Fit(null!));
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void From_fit_refuses_another_model_or_a_failed_fit()
    {
        var failed = new ClvModelFit("bg-nbd", CdnowFit.Value.Parameters, -1, 5, false, "stopped", 1, 1);
        var other = new ClvModelFit("pareto-nbd", CdnowFit.Value.Parameters, -1, 5, true, "ok", 1, 1);

        Assert.Throws<ArgumentException>("fit", () => BgNbdModel.FromFit(failed));
        Assert.Throws<ArgumentException>("fit", () => BgNbdModel.FromFit(other));
    }

    [DatasetFact("cdnow_customers_summary_with_transactions.csv")]
    public void Weighted_unique_rows_fit_like_the_expanded_rows()
    {
        var weighted = Cdnow.Summaries.GroupBy(s => (s.Frequency, s.Recency, s.Age))
            .Select(g => new CustomerSummary(g.Key.Frequency, g.Key.Recency, g.Key.Age, weight: g.Count()));

        var fit = BgNbdModel.Fit(weighted);

        Assert.Equal(CdnowFit.Value.LogLikelihood, fit.LogLikelihood, 1e-6);
        Assert.Equal(CdnowFit.Value["r"], fit["r"], 1e-5);
        Assert.Equal(CdnowFit.Value["b"], fit["b"], 1e-4);
    }

    /// <summary>Σ P(X(t) = n) and Σ n·P(X(t) = n) over n &lt; count.</summary>
    internal static (double Total, double Mean) CountMoments(IRepeatTransactionModel model, double t, int count)
    {
        double total = 0, mean = 0;
        for (var n = 0; n < count; n++)
        {
            var p = model.ProbabilityOfTransactions(n, t);
            total += p;
            mean += n * p;
        }

        return (total, mean);
    }

    /// <summary>1 − (1 + u)^−m without cancellation for small u (an independent expm1/log1p evaluation).</summary>
    internal static double OneMinusPower(double u, double m) =>
        -MathNet.Numerics.SpecialFunctions.Expm1(-m * MathNet.Numerics.SpecialFunctions.Log1p(u));

    /// <summary>
    /// E[f(p)] for p ~ Beta(a, b) by tanh-sinh quadrature after the substitutions p = s^(1/a) on [0, ½] and
    /// 1 − p = u^(1/b) on [½, 1], which remove the endpoint singularities of the Beta density.
    /// </summary>
    internal static double BetaExpectation(Func<double, double> f, double a, double b)
    {
        var logB = MathNet.Numerics.SpecialFunctions.BetaLn(a, b);
        var lower = MathNet.Numerics.Integrate.DoubleExponential(
            s => s <= 0 ? 0 : f(Math.Pow(s, 1 / a)) * Math.Exp(((b - 1) * Math.Log(1 - Math.Pow(s, 1 / a))) - logB) / a, 0, Math.Pow(0.5, a), 1e-13);
        var upper = MathNet.Numerics.Integrate.DoubleExponential(
            u => u <= 0 ? 0 : f(1 - Math.Pow(u, 1 / b)) * Math.Exp(((a - 1) * Math.Log(1 - Math.Pow(u, 1 / b))) - logB) / b, 0, Math.Pow(0.5, b), 1e-13);
        return lower + upper;
    }
}
