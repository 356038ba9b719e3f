using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Tests.Shared;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Discrete;

public class BgBbModelTests
{
    [DatasetFact("donations.csv")]
    public void Donation_log_likelihood_at_the_published_parameters_is_minus_33225_6()
    {
        // Fader, Hardie & Shang (2010) report LL = −33,225.6 at α 1.204, β 0.750, γ 0.657, δ 2.783 on the donation data.
        // An independent Python evaluation of eq. 5 at these rounded parameters gives −33,225.582.
        var ll = DiscreteTestData.PublishedDonationModel().LogLikelihood(DiscreteTestData.Donations());
        Assert.Equal(-33225.58, ll, 0.05);
    }

    [Fact]
    public void Likelihood_of_one_silent_opportunity_matches_the_hand_formula()
    {
        // x = 0, t_x = 0, n = 1: alive and no purchase, β/(α+β) · δ/(γ+δ), or dead after opportunity 0, γ/(γ+δ).
        var model = new BgBbModel(1.5, 2.5, 0.7, 3.1);
        var expected = Math.Log((2.5 / 4.0 * (3.1 / 3.8)) + (0.7 / 3.8));
        Assert.Equal(expected, model.LogLikelihood(new DiscreteSummary(0, 0, 1)), 1e-12);
    }

    [Fact]
    public void Likelihood_of_a_purchase_at_every_opportunity_matches_the_hand_formula()
    {
        // x = t_x = n = 2: alive through 2 and buying twice, E[p²] · E[(1−θ)²].
        var model = new BgBbModel(1.5, 2.5, 0.7, 3.1);
        var p2 = 1.5 * 2.5 / (4.0 * 5.0);
        var survive2 = 3.1 * 4.1 / (3.8 * 4.8);
        Assert.Equal(Math.Log(p2 * survive2), model.LogLikelihood(new DiscreteSummary(2, 2, 2)), 1e-12);
    }

    [Fact]
    public void Weighted_log_likelihood_counts_each_row_weight_times()
    {
        var model = DiscreteTestData.PublishedDonationModel();
        var row = new DiscreteSummary(3, 5, 6);
        Assert.Equal(7.5 * model.LogLikelihood(row), model.LogLikelihood([new DiscreteSummary(3, 5, 6, weight: 7.5)]), 10);
        Assert.Equal(0d, model.LogLikelihood([]));
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Transaction_count_probabilities_sum_to_one_and_average_to_the_expectation(BgBbModel model, byte size)
    {
        var n = (size % 40) + 1;
        var probabilities = Enumerable.Range(0, n + 1).Select(x => model.ProbabilityOfTransactions(x, n)).ToArray();
        var mean = probabilities.Select((p, x) => p * x).Sum();
        return Math.Abs(probabilities.Sum() - 1d) < 1e-9
            && Math.Abs(mean - model.ExpectedTransactions(n)) < 1e-8 * Math.Max(1d, mean)
            && probabilities.All(p => p is >= 0d and <= 1d);
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Conditional_expectation_is_the_sum_of_the_posterior_transaction_probabilities(BgBbModel model, DiscreteSummary row, byte ahead)
    {
        // P(transaction at n+k | data) = B(α+x+1, β+n−x)/B(α, β) · B(γ, δ+n+k)/B(γ, δ) / L.
        var horizon = (ahead % 30) + 1;
        var brute = Enumerable.Range(1, horizon).Sum(k => PosteriorTransactionProbability(model, row, k));
        var closed = model.ConditionalExpectedTransactions(row, horizon);
        return Math.Abs(closed - brute) <= 1e-8 * Math.Max(1d, brute) && closed >= 0d && closed <= horizon;
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Dert_is_the_discounted_sum_of_the_posterior_transaction_probabilities(BgBbModel model, DiscreteSummary row, byte rate)
    {
        var d = 0.05 + (rate / 255d);
        var brute = 0d;
        for (var k = 1; k < 3000; k++)
        {
            brute += PosteriorTransactionProbability(model, row, k) / Math.Pow(1d + d, k);
        }

        var dert = model.DiscountedExpectedResidualTransactions(row, d);
        return Math.Abs(dert - brute) <= 1e-8 * Math.Max(1d, brute);
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Probability_alive_is_a_probability_that_falls_with_time(BgBbModel model, DiscreteSummary row)
    {
        var now = model.ProbabilityAlive(row, 0);
        var next = model.ProbabilityAlive(row);
        var later = model.ProbabilityAlive(row, 10);
        return now is >= 0d and <= 1d && next <= now + 1e-12 && later <= next + 1e-12 && later >= 0d;
    }

    [Fact]
    public void Customer_who_bought_at_the_last_opportunity_is_alive_then()
    {
        var model = DiscreteTestData.PublishedDonationModel();
        Assert.Equal(1d, model.ProbabilityAlive(new DiscreteSummary(2, 6, 6), 0), 1e-12);
        Assert.True(model.ProbabilityAlive(new DiscreteSummary(2, 6, 6)) > model.ProbabilityAlive(new DiscreteSummary(2, 2, 6)));
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Expected_transactions_grow_with_the_horizon(BgBbModel model, byte size)
    {
        var n = size + 1;
        var a = model.ExpectedTransactions(n);
        var b = model.ExpectedTransactions(n + 1);
        return a >= 0d && a <= n && b >= a;
    }

    [Theory]
    [InlineData(1d - 1e-9)]
    [InlineData(1d - 1e-6)]
    [InlineData(1d)]
    [InlineData(1d + 1e-6)]
    [InlineData(1d + 1e-3)]
    public void Expectations_are_continuous_through_gamma_equal_to_one(double gamma)
    {
        // δ/(γ−1) · [1 − …] is 0/0 at γ = 1; compare with the direct sum α/(α+β) Σ_{t=1}^{n} B(γ, δ+t)/B(γ, δ).
        var model = new BgBbModel(1.2, 0.8, gamma, 2.5);
        var direct = 1.2 / 2.0 * Enumerable.Range(1, 25).Sum(t => Math.Exp(DiscreteMath.LogBeta(gamma, 2.5 + t) - DiscreteMath.LogBeta(gamma, 2.5)));
        Assert.Equal(direct, model.ExpectedTransactions(25), 1e-9);
        var row = new DiscreteSummary(3, 4, 6);
        var brute = Enumerable.Range(1, 10).Sum(k => PosteriorTransactionProbability(model, row, k));
        Assert.Equal(brute, model.ConditionalExpectedTransactions(row, 10), 1e-9);
    }

    [Fact]
    public void Long_histories_stay_finite()
    {
        var model = new BgBbModel(0.05, 40, 0.01, 900);
        var heavy = new DiscreteSummary(5000, 5000, 5000);
        var silent = new DiscreteSummary(1, 1, 5000);
        foreach (var row in new[] { heavy, silent, new DiscreteSummary(0, 0, 5000) })
        {
            Assert.True(double.IsFinite(model.LogLikelihood(row)));
            var expected = model.ConditionalExpectedTransactions(row, 1000);
            Assert.InRange(expected, 0d, 1000d);
            Assert.InRange(model.ProbabilityAlive(row), 0d, 1d);
            Assert.True(double.IsFinite(model.DiscountedExpectedResidualTransactions(row, 0.01)));
        }

        Assert.True(model.ConditionalExpectedTransactions(heavy, 10) > model.ConditionalExpectedTransactions(silent, 10));
    }

    [Theory]
    [InlineData(double.NaN, "alpha")]
    [InlineData(0d, "alpha")]
    [InlineData(-1d, "alpha")]
    [InlineData(double.PositiveInfinity, "alpha")]
    public void Parameters_must_be_finite_and_positive(double value, string name)
    {
        Assert.Throws<ArgumentOutOfRangeException>(name, () => new BgBbModel(value, 1, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("beta", () => new BgBbModel(1, value, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("gamma", () => new BgBbModel(1, 1, value, 1));
        Assert.Throws<ArgumentOutOfRangeException>("delta", () => new BgBbModel(1, 1, 1, value));
    }

    [Fact]
    public void Misuse_of_predictions_throws()
    {
        var model = DiscreteTestData.PublishedDonationModel();
        var row = new DiscreteSummary(1, 1, 6);
        Assert.Throws<ArgumentOutOfRangeException>("periods", () => model.ExpectedTransactions(-1));
        Assert.Throws<ArgumentOutOfRangeException>("futurePeriods", () => model.ConditionalExpectedTransactions(row, -1));
        Assert.Throws<ArgumentOutOfRangeException>("periodsAhead", () => model.ProbabilityAlive(row, -1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => model.ProbabilityOfTransactions(-1, 3));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => model.DiscountedExpectedResidualTransactions(row, 0));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => model.DiscountedExpectedResidualTransactions(row, double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => model.DiscountedExpectedResidualTransactions(row, 1e-12));
        Assert.Throws<ArgumentNullException>("row", () => model.LogLikelihood((DiscreteSummary)null!));
        Assert.Equal(0d, model.ProbabilityOfTransactions(4, 3));
        Assert.Equal(0d, model.ExpectedTransactions(0));
    }

    [Theory]
    [InlineData(0, 0, 0, "periods")]
    [InlineData(-1, 0, 3, "frequency")]
    [InlineData(4, 4, 3, "frequency")]
    [InlineData(0, 1, 3, "recency")]
    [InlineData(2, 1, 3, "recency")]
    [InlineData(2, 4, 3, "recency")]
    public void Impossible_histories_are_rejected(int x, int tx, int n, string parameter) =>
        Assert.Throws<ArgumentOutOfRangeException>(parameter, () => new DiscreteSummary(x, tx, n));

    [Theory]
    [InlineData(0d)]
    [InlineData(-2d)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Weights_must_be_finite_and_positive(double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>("weight", () => new DiscreteSummary(1, 1, 3, weight: weight));

    internal static double PosteriorTransactionProbability(BgBbModel model, DiscreteSummary row, int k)
    {
        int x = row.Frequency, n = row.Periods;
        return Math.Exp(
            DiscreteMath.LogBeta(model.Alpha + x + 1, model.Beta + n - x) - DiscreteMath.LogBeta(model.Alpha, model.Beta)
            + DiscreteMath.LogBeta(model.Gamma, model.Delta + n + k) - DiscreteMath.LogBeta(model.Gamma, model.Delta)
            - model.LogLikelihood(row));
    }
}
