using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class DiscountedResidualTransactionsTests
{
    // The CDNOW Pareto/NBD estimates (weeks) and a 15 % yearly rate compounded continuously.
    private static readonly ParetoNbdModel Pareto = new(0.5533971432566355, 10.580198543474351, 0.6060624971176619, 11.656223670707698);
    private static readonly BgNbdModel BgNbd = new(0.243, 4.414, 0.793, 2.426);
    private const double Weekly = 0.15 / 52d;

    [Theory]
    [InlineData(0d, 0d, 38.86, 0.458026896562183)]
    [InlineData(2d, 30.43, 38.86, 6.22665617695214)]
    [InlineData(26d, 30.86, 31d, 82.7032715925803)]
    [InlineData(1d, 1.71, 38.86, 0.731403123627644)]
    public void Pareto_nbd_closed_form_matches_an_independent_high_precision_integral(double x, double tx, double t, double expected)
    {
        // Reference: ∫ δe^(−δt) E[Y(t)] dt evaluated at 30 digits from the textbook E[Y(t)] and P(alive) (2F1 form).
        Assert.Equal(expected, DiscountedResidualTransactions.Of(Pareto, Weekly, x, tx, t), expected * 1e-9);
        Assert.Equal(expected, DiscountedResidualTransactions.ByIntegration(Pareto, Weekly, x, tx, t), expected * 1e-8);
    }

    [Theory]
    [InlineData(0d, 0d, 38.86, 0.972295830512798)]
    [InlineData(2d, 30.43, 38.86, 4.96767197597758)]
    [InlineData(26d, 30.86, 31d, 68.633996500069)]
    [InlineData(1d, 1.71, 38.86, 0.879863673563634)]
    public void Bg_nbd_matches_a_double_integral_over_the_rate_and_the_dropout_probability(double x, double tx, double t, double expected)
    {
        // Reference: P(alive)·E[λ/(δ + pλ)] by a 30-digit double quadrature over λ ~ Gamma and p ~ Beta.
        Assert.Equal(expected, DiscountedResidualTransactions.Of(BgNbd, Weekly, x, tx, t), expected * 1e-8);
        Assert.Equal(expected, DiscountedResidualTransactions.ByIntegration(BgNbd, Weekly, x, tx, t), expected * 1e-7);
    }

    [Fact]
    public void Mbg_nbd_analytic_route_agrees_with_the_integral_of_its_expectation()
    {
        var model = new MbgNbdModel(0.525, 6.183, 0.891, 1.614);
        foreach (var (x, tx, t) in new[] { (0d, 0d, 38.86), (3d, 20d, 38.86), (40d, 35d, 39d) })
        {
            var direct = DiscountedResidualTransactions.Of(model, Weekly, x, tx, t);
            Assert.Equal(direct, DiscountedResidualTransactions.ByIntegration(model, Weekly, x, tx, t), direct * 1e-7);
        }
    }

    [Property(MaxTest = 40)]
    public bool Dert_decreases_as_the_discount_rate_grows(byte frequency, byte recencyShare, byte rateStep, bool pareto)
    {
        IRepeatTransactionModel model = pareto ? Pareto : BgNbd;
        var x = frequency % 30;
        var t = 39d;
        var tx = x == 0 ? 0d : t * (1 + (recencyShare % 100)) / 101d;
        var rate = 0.0005 * (1 + (rateStep % 100));
        var low = DiscountedResidualTransactions.Of(model, rate, x, tx, t);
        var high = DiscountedResidualTransactions.Of(model, rate * 1.5, x, tx, t);
        return double.IsFinite(low) && high < low && high > 0d;
    }

    [Fact]
    public void Dert_approaches_the_undiscounted_lifetime_purchases_as_the_rate_vanishes()
    {
        // With s > 1 a Pareto/NBD customer's lifetime purchases are finite: E[Y(∞)] = P(alive)(r+x)(β+T)/((α+T)(s−1)).
        var model = new ParetoNbdModel(0.55, 10.58, 2.5, 11.66);
        var limit = model.ProbabilityAlive(2, 30, 39) * (0.55 + 2) * (11.66 + 39) / ((10.58 + 39) * 1.5);
        Assert.Equal(limit, DiscountedResidualTransactions.Of(model, 1e-7, 2, 30, 39), limit * 1e-4);
    }

    [Fact]
    public void Batch_equals_one_by_one_and_computes_repeated_rows_once()
    {
        double[] x = [0, 2, 2, 7], tx = [0, 30.43, 30.43, 35], t = [38.86, 38.86, 38.86, 38.86];
        var batch = new double[4];
        DiscountedResidualTransactions.Of(Pareto, Weekly, x, tx, t, batch);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(DiscountedResidualTransactions.Of(Pareto, Weekly, x[i], tx[i], t[i]), batch[i]);
        }
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(10.5)]
    public void Invalid_rates_are_rejected_naming_the_rate(double rate)
    {
        Assert.Throws<ArgumentOutOfRangeException>("rate", () => DiscountedResidualTransactions.Of(Pareto, rate, 1, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>("rate", () => DiscountedResidualTransactions.ByIntegration(BgNbd, rate, 1, 1, 2));
    }

    [Fact]
    public void Invalid_customers_and_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("recency", () => DiscountedResidualTransactions.Of(Pareto, Weekly, 1, 5, 2));
        Assert.Throws<ArgumentOutOfRangeException>("frequency", () => DiscountedResidualTransactions.Of(BgNbd, Weekly, 1.5, 1, 2));
        Assert.Throws<ArgumentNullException>("model", () => DiscountedResidualTransactions.Of(null!, Weekly, 1, 1, 2));
        Assert.Throws<ArgumentException>(() => DiscountedResidualTransactions.Of(Pareto, Weekly, new double[2], new double[2], new double[1], new double[2]));
    }

    [Theory]
    [InlineData(0.61, 0.14, 1.3003307392843477)]
    [InlineData(0.61, 5d, 0.33900141836044034)]
    [InlineData(1d, 0.3, 1.2225356050805856)]
    [InlineData(2.5, 0.01, 655.45190483508986)]
    [InlineData(2.5, 40d, 9.3131695550293414e-5)]
    [InlineData(0.05, 1e-4, 1.0313896282001005)]
    [InlineData(11.6, 0.2, 2370511.9672789238)]
    [InlineData(1.6, 1e-3, 101.72201281550468)]
    public void Tricomi_u_matches_reference_values(double a, double z, double expected)
    {
        // References: U(a, a, z) to 17 digits from an arbitrary-precision library.
        Assert.Equal(expected, TricomiU.EqualParameters(a, z), expected * 1e-10);
        Assert.Equal(expected, TricomiU.ByQuadrature(a, z), expected * 1e-10);
        if (z >= 0.1)
        {
            Assert.Equal(expected, TricomiU.ByContinuedFraction(a, z), expected * 1e-10);
        }
    }
}
