using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;
using CustomerLifecycle.Scoring.Clv.Predictions;
using CustomerLifecycle.Scoring.Tests.Clv.Covariates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CustomerLifecycle.Scoring.Tests.Clv.Predictions;

public sealed class NewCustomerCovariateTests
{
    private static readonly ClvCovariateOptions TwoCovariates = new() { Names = ["z1", "z2"] };

    private static readonly Lazy<ClvCovariateFit> Pareto = new(() =>
        new ClvCovariateFitter().FitParetoNbd(CovariateSimulation.ParetoNbd(3000, [0.8, 6d, 0.7, 10d], [0.5, -0.4], [-0.6, 0.7], seed: 21), TwoCovariates));

    private static readonly Lazy<ClvCovariateFit> BgNbd = new(() =>
        new ClvCovariateFitter().FitBgNbd(CovariateSimulation.BgNbd(3000, [0.9, 5d, 1.2, 3d], [0.6, -0.3], [0.8, -0.5], seed: 22), TwoCovariates));

    private static readonly Lazy<ClvCovariateFit> BgBb = new(() =>
        new ClvCovariateFitter().FitBgBb(DiscreteCovariateSimulation.BgBb(500, 8, [1.2, 0.75, 0.66, 2.8], [0.5, -0.4], [0.3, 0.6], seed: 23), TwoCovariates));

    public static TheoryData<string> Models => new() { "pareto-nbd", "bg-nbd", "bg-bb" };

    private static ClvCovariateFit FitOf(string model) => model switch
    {
        "pareto-nbd" => Pareto.Value,
        "bg-nbd" => BgNbd.Value,
        _ => BgBb.Value,
    };

    private static IClvModel PlainOf(ClvCovariateFit fit) =>
        ClvModels.Create(fit.Model, fit.BaseParameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Models))]
    public void Zero_covariates_give_the_new_customer_expectation_of_the_base_model(string model)
    {
        var fit = FitOf(model);
        Assert.True(fit.Converged, fit.Message);
        foreach (var horizon in new[] { 0d, 1d, 8d, 52d })
        {
            var expected = NewCustomers.ExpectedTransactions(PlainOf(fit), horizon);
            Assert.Equal(expected, NewCustomers.ExpectedTransactions(fit, [0d, 0d], horizon), Math.Max(1e-12, expected * 1e-12));
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void A_covariate_vector_gives_the_expectation_of_that_customers_own_model(string model)
    {
        var fit = FitOf(model);
        double[] values = [1d, 0.5];
        var own = NewCustomers.ExpectedTransactions(fit.CustomerModel(values), 8d);
        Assert.Equal(own, NewCustomers.ExpectedTransactions(fit, values, 8d));
        Assert.NotEqual(NewCustomers.ExpectedTransactions(fit, [0d, 0d], 8d), own, 1e-6);
    }

    [Fact]
    public void A_positive_purchase_coefficient_raises_a_new_customers_early_purchases()
    {
        // z1's purchase coefficient is +0.6 and its life coefficient raises a and b together (mean dropout unchanged):
        // over a short horizon, where dropout has had little effect, a z1 = 1 customer buys more.
        var fit = BgNbd.Value;
        Assert.True(fit.TransactionCoefficients[0].Value > 0d);
        Assert.True(NewCustomers.ExpectedTransactions(fit, [1d, 0d], 2d) > NewCustomers.ExpectedTransactions(fit, [0d, 0d], 2d));
    }

    [Property(MaxTest = 30)]
    public Property New_customer_expectation_with_covariates_is_finite_and_grows_with_the_horizon() =>
        Prop.ForAll(Gen.Choose(-20, 20).Two().ToArbitrary(), Gen.Choose(0, 60).Two().ToArbitrary(), (z, horizons) =>
        {
            double[] values = [z.Item1 / 10d, z.Item2 / 10d];
            var (shorter, longer) = (Math.Min(horizons.Item1, horizons.Item2), Math.Max(horizons.Item1, horizons.Item2));
            return new[] { Pareto.Value, BgNbd.Value, BgBb.Value }.All(fit =>
            {
                var low = NewCustomers.ExpectedTransactions(fit, values, shorter);
                var high = NewCustomers.ExpectedTransactions(fit, values, longer);
                return double.IsFinite(high) && low >= 0d && high >= low - 1e-12;
            });
        });

    [Fact]
    public void Bad_covariates_horizons_and_fits_are_rejected()
    {
        var fit = Pareto.Value;
        Assert.Throws<ArgumentNullException>("fit", () => NewCustomers.ExpectedTransactions(null!, [0d, 0d], 3));
        Assert.Throws<ArgumentNullException>("covariates", () => NewCustomers.ExpectedTransactions(fit, null!, 3));
        Assert.Throws<ArgumentException>("values", () => NewCustomers.ExpectedTransactions(fit, [0d], 3));
        Assert.Throws<ArgumentException>("values", () => NewCustomers.ExpectedTransactions(fit, [0d, double.NaN], 3));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => NewCustomers.ExpectedTransactions(fit, [0d, 0d], -1));
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => NewCustomers.ExpectedTransactions(BgBb.Value, [0d, 0d], 2.5));
        var sbg = new ClvCovariateFitter().FitSbg(DiscreteCovariateSimulation.Sbg(400, 6, [1d, 3d], [0.5, -0.3], seed: 24), TwoCovariates);
        Assert.Throws<ArgumentException>("fit", () => NewCustomers.ExpectedTransactions(sbg, [0d, 0d], 3));
    }
}
