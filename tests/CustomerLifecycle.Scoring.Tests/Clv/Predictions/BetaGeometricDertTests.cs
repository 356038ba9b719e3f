using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public class BetaGeometricDertTests
{
    private const double Weekly = 0.15 / 52d;

    // Parameters and customers: r, α, a, b in ranges fitted models reach, x ≤ 40 over up to 80 periods, rates from 0.01 % to 50 % per period.
    private static Arbitrary<(double R, double Alpha, double A, double B, int X, double Tx, double T, double Rate)> Cases() =>
        (from r in Gen.Choose(10, 500)
         from alpha in Gen.Choose(5, 500)
         from a in Gen.Choose(20, 500)
         from b in Gen.Choose(20, 1000)
         from x in Gen.Choose(0, 40)
         from share in Gen.Choose(1, 100)
         from t in Gen.Choose(5, 80)
         from rate in Gen.Choose(1, 5000)
         select (r / 100d, alpha / 10d, a / 100d, b / 100d, x, x == 0 ? 0d : t * share / 100d, (double)t, rate / 10_000d)).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Bg_nbd_and_mbg_nbd_dert_agree_with_quadrature_of_the_conditional_expectation_to_one_part_in_a_million() =>
        Prop.ForAll(Cases(), c =>
        {
            foreach (var model in new BgNbdFamilyModel[] { new BgNbdModel(c.R, c.Alpha, c.A, c.B), new MbgNbdModel(c.R, c.Alpha, c.A, c.B) })
            {
                var fast = DiscountedResidualTransactions.Of(model, c.Rate, c.X, c.Tx, c.T);
                var slow = DiscountedResidualTransactions.ByIntegration(model, c.Rate, c.X, c.Tx, c.T);
                if (!(Math.Abs(fast - slow) <= 1e-6 * slow))
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 40)]
    public Property Bg_nbd_dert_falls_as_the_rate_grows_for_ordinary_and_degenerate_dropout() =>
        Prop.ForAll(Cases(), Gen.Choose(0, 1).ToArbitrary(), (c, degenerate) =>
        {
            var scale = degenerate == 1 ? 1e7 : 1d;
            var model = new BgNbdModel(c.R, c.Alpha, c.A * scale, c.B * scale);
            var low = DiscountedResidualTransactions.Of(model, c.Rate, c.X, c.Tx, c.T);
            var high = DiscountedResidualTransactions.Of(model, c.Rate * 1.25, c.X, c.Tx, c.T);
            return double.IsFinite(low) && high < low && high > 0d;
        });

    [Theory]
    [InlineData(0.2, 1e6, 0d, 0d, 38.86)]
    [InlineData(0.2, 1e10, 3d, 20d, 38.86)]
    [InlineData(0.05, 1e13, 12d, 30d, 31d)]
    [InlineData(0.6, 1e8, 40d, 35d, 39d)]
    public void Bg_nbd_dert_with_huge_beta_shapes_tends_to_the_single_dropout_probability_limit(double p, double size, double x, double tx, double t)
    {
        // With a + b huge every customer drops out with probability a/(a + b) after each purchase; then
        // E[λ/(δ + pλ)] over λ ~ Gamma(r + x, α + T) is (r + x)/(δ(α + T)) · W(r + x + 1, δ(α + T)/p), W(c, z) = z^c U(c, c, z).
        var model = new BgNbdModel(0.243, 4.414, p * size, (1d - p) * size);
        var m = 0.243 + x;
        var theta = Weekly * (4.414 + t);
        var limit = model.ProbabilityAlive(x, tx, t) * m / theta * TricomiU.Scaled(m + 1d, theta / p);
        var dert = DiscountedResidualTransactions.Of(model, Weekly, x, tx, t);
        Assert.True(double.IsFinite(dert) && dert > 0d, $"DERT {dert}");
        Assert.Equal(limit, dert, limit * Math.Max(1e-7, 100d / size));
    }

    [Fact]
    public void Dert_is_continuous_where_the_dropout_average_switches_to_the_mode_centred_rule()
    {
        // Both Beta shapes cross 100 here: the p-average moves from the trapezoid sum to the mode-centred rule.
        var below = new BetaGeometricDert(2.243, 99.999, 300d);
        var above = new BetaGeometricDert(2.243, 100.001, 300d);
        Assert.False(below.UsesDegenerateMixing);
        Assert.True(above.UsesDegenerateMixing);
        var theta = Weekly * 43d;
        Assert.Equal(below.Alive(theta), above.Alive(theta), below.Alive(theta) * 1e-4);
    }

    [Fact]
    public void Batch_of_bg_nbd_and_mbg_nbd_equals_one_by_one()
    {
        double[] x = [0, 2, 2, 7, 0, 31], tx = [0, 30.43, 12, 35, 0, 38], t = [38.86, 38.86, 38.86, 38.86, 32, 38.5];
        foreach (var model in new BgNbdFamilyModel[] { new BgNbdModel(0.243, 4.414, 0.793, 2.426), new MbgNbdModel(0.525, 6.183, 0.891, 1.614) })
        {
            var batch = new double[x.Length];
            DiscountedResidualTransactions.Of(model, Weekly, x, tx, t, batch);
            for (var i = 0; i < x.Length; i++)
            {
                Assert.Equal(DiscountedResidualTransactions.Of(model, Weekly, x[i], tx[i], t[i]), batch[i], 1e-14);
            }
        }
    }

    [Fact]
    public void Batch_rejects_an_invalid_customer_naming_the_field()
    {
        var model = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
        Assert.Throws<ArgumentOutOfRangeException>("recency", () => DiscountedResidualTransactions.Of(model, Weekly, [1d], [5d], [2d], new double[1]));
    }
}
