using CustomerLifecycle.Scoring.Clv;
using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

public sealed class CovariateFitTests
{
    private static readonly ClvCovariateOptions TwoCovariates = new() { Names = ["z1", "z2"] };

    [Fact]
    public void Pareto_nbd_recovers_known_coefficients_from_simulated_customers()
    {
        double[] p = [0.8, 6d, 0.7, 10d], transaction = [0.5, -0.4], life = [-0.6, 0.7];
        var customers = CovariateSimulation.ParetoNbd(6000, p, transaction, life, seed: 14);

        var fit = new ClvCovariateFitter().FitParetoNbd(customers, TwoCovariates);

        Assert.True(fit.Converged, fit.Message);
        AssertWithin(fit.BaseParameters, p);
        AssertWithin(fit.TransactionCoefficients, transaction);
        AssertWithin(fit.LifeCoefficients, life);
    }

    [Fact]
    public void Bg_nbd_recovers_known_coefficients_from_simulated_customers()
    {
        double[] p = [0.9, 5d, 1.2, 3d], transaction = [0.6, -0.3], life = [0.8, -0.5];
        var customers = CovariateSimulation.BgNbd(6000, p, transaction, life, seed: 15);

        var fit = new ClvCovariateFitter().FitBgNbd(customers, TwoCovariates);

        Assert.True(fit.Converged, fit.Message);
        AssertWithin(fit.BaseParameters, p);
        AssertWithin(fit.TransactionCoefficients, transaction);
        AssertWithin(fit.LifeCoefficients, life);
    }

    [Fact]
    public void Pareto_nbd_with_a_covariate_that_is_zero_for_everyone_equals_the_plain_fit_and_says_the_coefficient_is_not_identified()
    {
        var customers = CovariateSimulation.ParetoNbd(800, [0.8, 6d, 0.7, 10d], [0d, 0d], [0d, 0d], seed: 3)
            .Select(c => new CovariateCustomer(c.Summary, [0d])).ToList();

        var fit = new ClvCovariateFitter().FitParetoNbd(customers, new ClvCovariateOptions { Names = ["zero"] });
        var plain = ParetoNbdModel.Fit(customers.Select(c => c.Summary));

        Assert.Equal(plain.LogLikelihood, fit.LogLikelihood, 9);
        Assert.Equal(plain.Values(), fit.BaseParameters.Select(b => b.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Abs(a));
        Assert.All(fit.TransactionCoefficients.Concat(fit.LifeCoefficients), c => Assert.Equal(0d, c.Value));
        Assert.False(fit.Converged);
        Assert.Contains("not positive definite", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bg_nbd_with_a_covariate_that_is_zero_for_everyone_equals_the_plain_fit()
    {
        var customers = CovariateSimulation.BgNbd(800, [0.9, 5d, 1.2, 3d], [0d, 0d], [0d, 0d], seed: 4)
            .Select(c => new CovariateCustomer(c.Summary, [0d])).ToList();

        var fit = new ClvCovariateFitter().FitBgNbd(customers, new ClvCovariateOptions { Names = ["zero"] });
        var plain = BgNbdModel.Fit(customers.Select(c => c.Summary));

        Assert.Equal(plain.LogLikelihood, fit.LogLikelihood, 9);
        Assert.Equal(plain.Values(), fit.BaseParameters.Select(b => b.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Abs(a));
    }

    [Fact]
    public void A_customer_model_carries_the_individual_parameters_of_its_covariates()
    {
        var customers = CovariateSimulation.ParetoNbd(3000, [0.8, 6d, 0.7, 10d], [0.5, -0.4], [-0.6, 0.7], seed: 5);
        var fit = new ClvCovariateFitter().FitParetoNbd(customers, TwoCovariates with { Life = ["z2"] });

        var model = (ParetoNbdModel)fit.CustomerModel([1d, 1d]);

        var gt = fit.TransactionCoefficients.Sum(c => c.Value);
        Assert.Equal(fit["alpha"] * Math.Exp(-gt), model.Alpha, 12);
        Assert.Equal(fit["beta"] * Math.Exp(-fit.LifeCoefficients.Single().Value), model.Beta, 12);
        Assert.Equal(fit["r"], model.R);
        Assert.Equal(["z2"], fit.LifeCoefficients.Select(c => c.Name));
        Assert.Throws<ArgumentException>(() => fit.CustomerParameters([1d]));
        Assert.Throws<ArgumentException>(() => fit.CustomerParameters([1d, double.NaN]));
    }

    [Fact]
    public void Aic_and_bic_count_every_coefficient()
    {
        var customers = CovariateSimulation.ParetoNbd(1500, [0.8, 6d, 0.7, 10d], [0.5, -0.4], [-0.6, 0.7], seed: 6);
        var fit = new ClvCovariateFitter().FitParetoNbd(customers, TwoCovariates);

        Assert.Equal((2d * 8) - (2d * fit.LogLikelihood), fit.Aic, 9);
        Assert.Equal((8 * Math.Log(1500)) - (2d * fit.LogLikelihood), fit.Bic, 9);
    }

    [Fact]
    public void Dropping_a_real_effect_is_rejected_by_the_likelihood_ratio_test()
    {
        var customers = CovariateSimulation.ParetoNbd(3000, [0.8, 6d, 0.7, 10d], [0.8, 0d], [0d, 0d], seed: 7);
        var fitter = new ClvCovariateFitter();
        var full = fitter.FitParetoNbd(customers, TwoCovariates with { Life = [] });
        var restricted = fitter.FitParetoNbd(customers, TwoCovariates with { Transaction = ["z2"], Life = [] });

        var test = LikelihoodRatioTest.Compare(restricted, full);

        Assert.Equal(1, test.DegreesOfFreedom);
        Assert.True(test.PValue < 1e-6, $"p = {test.PValue}");
    }

    [Fact]
    public void The_likelihood_ratio_test_refuses_fits_that_cannot_be_nested()
    {
        var customers = CovariateSimulation.ParetoNbd(500, [0.8, 6d, 0.7, 10d], [0d, 0d], [0d, 0d], seed: 8);
        var fit = new ClvCovariateFitter().FitParetoNbd(customers, TwoCovariates);
        var plain = ParetoNbdModel.Fit(customers.Select(c => c.Summary));
        var bg = BgNbdModel.Fit(customers.Select(c => c.Summary));

        Assert.Throws<ArgumentException>(() => LikelihoodRatioTest.Compare(fit, plain));
        Assert.Throws<ArgumentException>(() => LikelihoodRatioTest.Compare(bg, fit));
        Assert.Throws<ArgumentNullException>(() => LikelihoodRatioTest.Compare(null!, fit));
        Assert.Equal(4, LikelihoodRatioTest.Compare(plain, fit).DegreesOfFreedom);
    }

    [Theory]
    [InlineData("no names")]
    [InlineData("repeated name")]
    [InlineData("unknown process name")]
    [InlineData("constrained also listed")]
    [InlineData("negative penalty")]
    [InlineData("infinite penalty")]
    [InlineData("no coefficient")]
    [InlineData("bad tolerance")]
    public void Invalid_options_are_rejected_with_the_reason(string problem)
    {
        var customers = new[] { new CovariateCustomer(new CustomerSummary(1, 2, 10), [1d, 0d]) };
        var options = problem switch
        {
            "no names" => new ClvCovariateOptions(),
            "repeated name" => new ClvCovariateOptions { Names = ["a", "a"] },
            "unknown process name" => TwoCovariates with { Life = ["z3"] },
            "constrained also listed" => TwoCovariates with { Life = ["z1"], Constrained = ["z1"] },
            "negative penalty" => TwoCovariates with { LifePenalty = -1d },
            "infinite penalty" => TwoCovariates with { TransactionPenalty = double.PositiveInfinity },
            "no coefficient" => TwoCovariates with { Life = [], Transaction = [] },
            _ => TwoCovariates with { Fit = new ClvFitOptions { Tolerance = 0d } },
        };

        var error = Assert.Throws<ArgumentException>(() => new ClvCovariateFitter().FitParetoNbd(customers, options));
        Assert.StartsWith("Invalid ClvCovariateOptions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Customers_with_the_wrong_number_of_values_or_none_at_all_are_refused()
    {
        var fitter = new ClvCovariateFitter();
        var wrong = new[] { new CovariateCustomer(new CustomerSummary(1, 2, 10), [1d]) };

        Assert.Contains("Customer 1 has 1 covariate values", Assert.Throws<ArgumentException>(() => fitter.FitParetoNbd(wrong, TwoCovariates)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => fitter.FitBgNbd([], TwoCovariates));
        Assert.Throws<ArgumentNullException>(() => fitter.FitBgNbd(null!, TwoCovariates));
        Assert.Throws<ArgumentNullException>(() => fitter.FitBgNbd([null!], TwoCovariates));
        Assert.Throws<ArgumentException>(() => new CovariateCustomer(new CustomerSummary(0, 0, 1), [double.NaN]));
    }

    /// <summary>Each estimate lies within four standard errors of the value it was simulated with.</summary>
    private static void AssertWithin(IReadOnlyList<ClvParameter> estimates, double[] truth)
    {
        Assert.Equal(truth.Length, estimates.Count);
        for (var i = 0; i < truth.Length; i++)
        {
            var e = estimates[i];
            Assert.True(e.StandardError is > 0d, e.Name);
            Assert.True(Math.Abs(e.Value - truth[i]) <= 4d * e.StandardError, $"{e.Name} = {e.Value} ± {e.StandardError}, simulated with {truth[i]}");
        }
    }
}
