using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Models;

/// <summary>The BG/NBD expectation far beyond the purchase rate's time scale: integrated where the series would not end.</summary>
public class BetaGeometricExpectationTests
{
    [Theory]
    [InlineData(0.243, 0.793, 2.426, 4.414, 39)]
    [InlineData(0.243, 0.793, 2.426, 0.5, 400)]
    [InlineData(2.5, 1.0, 0.3, 1.0, 900)]
    [InlineData(0.01, 0.05, 3.0, 0.2, 150)]
    [InlineData(12.0, 3.5, 0.02, 0.05, 40)]
    [InlineData(0.7, 0.999, 0.001, 2.0, 1500)]
    public void Quadrature_and_series_agree_where_both_apply(double m, double a, double b, double k, double t)
    {
        var series = ClvMath.BetaGeometricExpectationBySeries(m, a, b, k, t);
        var quadrature = ClvMath.BetaGeometricExpectationByQuadrature(m, a, b, k, t);
        Assert.Equal(series, quadrature, 1e-9 * Math.Max(1d, series));
    }

    [Theory]
    [InlineData(0.001, 0.005, 0.004, 0.005)]
    [InlineData(3.9, 0.005, 0.001, 0.001)]
    [InlineData(1.0, 0.005, 4.0, 4.0)]
    [InlineData(0.5, 1e-4, 1.0, 0.5)]
    public void Expected_transactions_stay_finite_and_rising_when_the_horizon_dwarfs_the_rate_scale(double r, double alpha, double a, double b)
    {
        foreach (var model in new BgNbdFamilyModel[] { new BgNbdModel(r, alpha, a, b), new MbgNbdModel(r, alpha, a, b) })
        {
            var previous = 0d;
            foreach (var t in new[] { 0.1, 1, 4.9, 5.1, 50, 199.9, 200, 10_000, 1e7 })
            {
                var e = model.ExpectedTransactions(t);
                Assert.True(double.IsFinite(e), $"{model} E[X({t})] = {e}");
                Assert.True(e >= previous * (1 - 1e-9), $"{model}: E[X({t})] = {e} < {previous}");
                previous = e;
            }
        }
    }
}
