using CustomerLifecycle.Scoring.Clv.Models;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Discrete;

public class SbgModelTests
{
    [Theory]
    [InlineData(0.668, 3.806, true, -1611.16)] // high end: the paper's α 0.668, β 3.806
    [InlineData(0.704, 1.182, false, -1680.27)] // regular: the paper's α 0.704, β 1.182
    public void Cohort_log_likelihood_at_the_published_parameters(double alpha, double beta, bool highEnd, double expected)
    {
        // Fader & Hardie (2007) report LL −1611.2 (high end) and −1680.3 (regular) on years 1–7; the second decimal is
        // from an independent Python evaluation at the rounded parameters, hence the 0.02 tolerance.
        var cohort = new CohortSurvivors(highEnd ? DiscreteTestData.HighEnd : DiscreteTestData.Regular);
        Assert.Equal(expected, new SbgModel(alpha, beta).LogLikelihood(cohort), 0.02);
    }

    [Fact]
    public void Log_likelihood_matches_the_hand_formula()
    {
        // 100 customers: 30 lost in period 1 (P = α/(α+β)), 14 in period 2 (P = β/(α+β) · α/(α+β+1)), 56 censored (S(2)).
        double a = 0.8, b = 2.2;
        var p1 = a / (a + b);
        var p2 = b / (a + b) * (a / (a + b + 1));
        var s2 = b / (a + b) * ((b + 1) / (a + b + 1));
        var expected = (30 * Math.Log(p1)) + (14 * Math.Log(p2)) + (56 * Math.Log(s2));
        Assert.Equal(expected, new SbgModel(a, b).LogLikelihood(new CohortSurvivors([100, 70, 56])), 10);
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Survival_is_the_product_of_retention_rates_and_churn_its_drop(SbgModel model, byte period)
    {
        var t = (period % 50) + 1;
        var product = Enumerable.Range(1, t).Aggregate(1d, (s, k) => s * model.Retention(k));
        var drop = model.Survival(t - 1) - model.Survival(t);
        return Math.Abs(model.Survival(t) - product) < 1e-12
            && Math.Abs(model.ProbabilityOfChurn(t) - drop) < 1e-12
            && model.Retention(t + 1) >= model.Retention(t)
            && model.Survival(t) is > 0d and <= 1d;
    }

    [Property(Arbitrary = [typeof(DiscreteArbitraries)])]
    public bool Discounted_lifetimes_are_the_discounted_survival_sums(SbgModel model, byte rate, byte renewals)
    {
        var d = 0.05 + (rate / 255d);
        var n = renewals % 20;
        double del = 0d, derl = 0d;
        for (var t = 0; t < 4000; t++)
        {
            del += model.Survival(t) / Math.Pow(1d + d, t);
        }

        for (var k = 1; k < 4000; k++)
        {
            derl += Math.Exp(Math.Log(model.Survival(n + k)) - Math.Log(model.Survival(n)) - ((k - 1) * Math.Log(1d + d)));
        }

        var tolerance = 1e-8;
        return Math.Abs(model.DiscountedExpectedLifetime(d) - del) <= tolerance * del
            && Math.Abs(model.DiscountedExpectedResidualLifetime(d, n) - derl) <= tolerance * Math.Max(1d, derl)
            && Math.Abs(model.DiscountedExpectedLifetime(d) - (1d + (model.DiscountedExpectedResidualLifetime(d, 0) / (1d + d)))) <= tolerance * del;
    }

    [Fact]
    public void Expected_lifetime_is_finite_only_when_alpha_exceeds_one()
    {
        var model = new SbgModel(2.5, 4);
        var sum = Enumerable.Range(0, 200_000).Sum(model.Survival);
        Assert.Equal((2.5 + 4 - 1) / 1.5, model.ExpectedLifetime, 1e-3); // the tail beyond 200,000 periods is < 1e-4
        Assert.Equal(model.ExpectedLifetime, sum, 1e-3);
        Assert.Equal(double.PositiveInfinity, new SbgModel(0.704, 1.182).ExpectedLifetime);
    }

    [Fact]
    public void Projection_starts_at_the_cohort_size_and_follows_survival()
    {
        var model = new SbgModel(0.668, 3.806);
        var projection = model.ExpectedSurvivors(1000, 12);
        Assert.Equal(13, projection.Length);
        Assert.Equal(1000d, projection[0]);
        Assert.Equal(1000 * model.Survival(12), projection[12], 1e-9);

        // The fitted high-end curve follows the calibration years' survivors within 2 % of the cohort (worst: year 1,
        // 850.7 fitted vs 869 observed; computed independently from r(t) = (β+t−1)/(α+β+t−1)).
        Assert.Equal(850.7, projection[1], 0.05);
        Assert.Equal(488.9, projection[7], 0.05);
        for (var t = 1; t < DiscreteTestData.HighEnd.Length; t++)
        {
            Assert.InRange(projection[t] - DiscreteTestData.HighEnd[t], -20d, 20d);
        }
    }

    [Fact]
    public void Misuse_throws_with_the_parameter_name()
    {
        var model = new SbgModel(1, 1);
        Assert.Throws<ArgumentOutOfRangeException>("alpha", () => new SbgModel(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>("beta", () => new SbgModel(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>("period", () => model.Survival(-1));
        Assert.Throws<ArgumentOutOfRangeException>("period", () => model.Retention(0));
        Assert.Throws<ArgumentOutOfRangeException>("period", () => model.ProbabilityOfChurn(0));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => model.DiscountedExpectedLifetime(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>("discount", () => model.DiscountedExpectedLifetime(double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>("renewals", () => model.DiscountedExpectedResidualLifetime(0.1, -1));
        Assert.Throws<ArgumentOutOfRangeException>("cohortSize", () => model.ExpectedSurvivors(double.NaN, 3));
        Assert.Throws<ArgumentNullException>("cohort", () => model.LogLikelihood(null!));
    }

    [Theory]
    [InlineData(new[] { 100d })]
    [InlineData(new[] { 0d, 0d })]
    [InlineData(new[] { 100d, 101d })]
    [InlineData(new[] { 100d, -1d })]
    [InlineData(new[] { 100d, double.NaN })]
    [InlineData(new[] { double.PositiveInfinity, 3d })]
    public void Impossible_survivor_counts_are_rejected(double[] alive) =>
        Assert.Throws<ArgumentException>("alive", () => new CohortSurvivors(alive));
}
