using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

public sealed class DiscreteCovariateFitTests
{
    private static readonly ClvCovariateOptions TwoCovariates = new() { Names = ["z1", "z2"] };

    private static readonly double[] BgBbTruth = [1.2, 0.75, 0.66, 2.8];

    private static readonly double[] SbgTruth = [0.9, 2.5];

    [Fact]
    public void Bg_bb_recovers_known_coefficients_from_simulated_customers_within_four_standard_errors()
    {
        double[] transaction = [0.6, -0.5], life = [-0.7, 0.5];
        var customers = DiscreteCovariateSimulation.BgBb(6000, 8, BgBbTruth, transaction, life, seed: 31);

        var fit = new ClvCovariateFitter().FitBgBb(customers, TwoCovariates);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(["alpha", "beta", "gamma", "delta", "transaction.z1", "transaction.z2", "life.z1", "life.z2"], fit.Parameters.Select(p => p.Name));
        AssertWithin(fit.BaseParameters, BgBbTruth);
        AssertWithin(fit.TransactionCoefficients, transaction);
        AssertWithin(fit.LifeCoefficients, life);
        Assert.Equal(24_000d, fit.Customers, 9);
        Assert.Equal((2d * 8) - (2d * fit.LogLikelihood), fit.Aic, 9);
        Assert.Equal(new ClvDataFingerprint(fit.Rows, 24_000d, customers.Sum(c => c.Summary.Weight * c.Summary.Frequency), 24_000d * 8), fit.Data);
    }

    [Fact]
    public void Sbg_recovers_known_coefficients_from_simulated_cohorts_within_four_standard_errors()
    {
        double[] life = [0.8, -0.6];
        var cohorts = DiscreteCovariateSimulation.Sbg(8000, 10, SbgTruth, life, seed: 32);

        var fit = new ClvCovariateFitter().FitSbg(cohorts, TwoCovariates);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(["alpha", "beta", "life.z1", "life.z2"], fit.Parameters.Select(p => p.Name));
        AssertWithin(fit.BaseParameters, SbgTruth);
        AssertWithin(fit.LifeCoefficients, life);
        Assert.Empty(fit.TransactionCoefficients);
        Assert.Equal(32_000d, fit.Customers, 9);
    }

    [Fact]
    public void Bg_bb_with_a_covariate_that_is_zero_for_everyone_equals_the_plain_fit_and_says_the_coefficients_are_not_identified()
    {
        var customers = DiscreteCovariateSimulation.BgBb(500, 6, BgBbTruth, [0d, 0d], [0d, 0d], seed: 33)
            .Select(c => new DiscreteCovariateCustomer(c.Summary, [0d])).ToList();

        var fit = new ClvCovariateFitter().FitBgBb(customers, new ClvCovariateOptions { Names = ["zero"] });
        var plain = BgBbModel.Fit(customers.Select(c => c.Summary));

        Assert.Equal(plain.LogLikelihood, fit.LogLikelihood, 9);
        Assert.Equal(plain.Values(), fit.BaseParameters.Select(b => b.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Abs(a));
        Assert.All(fit.TransactionCoefficients.Concat(fit.LifeCoefficients), c => Assert.Equal(0d, c.Value));
        Assert.False(fit.Converged);
        Assert.Contains("not positive definite", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sbg_with_a_covariate_that_is_zero_for_every_cohort_equals_the_plain_fit()
    {
        var cohorts = DiscreteCovariateSimulation.Sbg(1000, 8, SbgTruth, [0d, 0d], seed: 34)
            .Select(c => new CovariateCohort(c.Survivors, [0d])).ToList();

        var fit = new ClvCovariateFitter().FitSbg(cohorts, new ClvCovariateOptions { Names = ["zero"] });
        var plain = SbgModel.Fit(cohorts.Select(c => c.Survivors));

        Assert.Equal(plain.LogLikelihood, fit.LogLikelihood, 9);
        Assert.Equal(plain.Values(), fit.BaseParameters.Select(b => b.Value), (a, b) => Math.Abs(a - b) <= 1e-9 * Math.Abs(a));
        Assert.Equal(0d, fit.LifeCoefficients.Single().Value);
    }

    [Fact]
    public void A_bg_bb_customer_model_carries_the_individual_alpha_and_gamma_and_predicts_by_them()
    {
        var customers = DiscreteCovariateSimulation.BgBb(3000, 8, BgBbTruth, [0.6, -0.5], [-0.7, 0.5], seed: 35);
        var fit = new ClvCovariateFitter().FitBgBb(customers, TwoCovariates);

        var model = (BgBbModel)fit.CustomerModel([1d, 0d]);

        Assert.Equal(fit["alpha"] * Math.Exp(fit["transaction.z1"]), model.Alpha, 12);
        Assert.Equal(fit["gamma"] * Math.Exp(fit["life.z1"]), model.Gamma, 12);
        Assert.Equal(fit["beta"], model.Beta);
        Assert.Equal(fit["delta"], model.Delta);
        var history = new DiscreteSummary(3, 5, 8);
        var baseline = (BgBbModel)fit.CustomerModel([0d, 0d]);

        // z1 raises the purchase probability and lowers dropout, so the same history predicts more with z1 = 1.
        Assert.True(model.ConditionalExpectedTransactions(history, 5) > baseline.ConditionalExpectedTransactions(history, 5));
        Assert.InRange(model.ProbabilityAlive(history), 0d, 1d);
    }

    [Fact]
    public void An_sbg_cohort_model_predicts_survival_retention_and_discounted_residual_lifetime_per_covariate_vector()
    {
        var cohorts = DiscreteCovariateSimulation.Sbg(4000, 10, SbgTruth, [0.8, -0.6], seed: 36);
        var fit = new ClvCovariateFitter().FitSbg(cohorts, TwoCovariates);

        var churny = (SbgModel)fit.CustomerModel([1d, 0d]);
        var loyal = (SbgModel)fit.CustomerModel([0d, 1d]);

        Assert.Equal(fit["alpha"] * Math.Exp(fit["life.z1"]), churny.Alpha, 12);
        Assert.Equal(fit["beta"], churny.Beta);
        Assert.True(churny.Survival(5) < loyal.Survival(5));
        Assert.True(churny.Retention(3) < loyal.Retention(3));
        Assert.True(churny.DiscountedExpectedResidualLifetime(0.1, 1) < loyal.DiscountedExpectedResidualLifetime(0.1, 1));
    }

    [Fact]
    public void A_bg_bb_coefficient_constrained_across_the_processes_is_nested_in_the_free_fit_for_the_likelihood_ratio_test()
    {
        var customers = DiscreteCovariateSimulation.BgBb(3000, 8, BgBbTruth, [0.6, -0.5], [-0.7, 0.5], seed: 37);
        var fitter = new ClvCovariateFitter();
        var free = fitter.FitBgBb(customers, TwoCovariates);
        var shared = fitter.FitBgBb(customers, TwoCovariates with { Constrained = ["z2"] });

        Assert.True(shared.Converged, shared.Message);
        Assert.Equal("constrained.z2", shared.Parameters[^1].Name);
        Assert.NotNull(shared.ConstrainedCoefficients.Single().StandardError);
        Assert.True(shared.LogLikelihood <= free.LogLikelihood + 1e-6);
        var test = LikelihoodRatioTest.Compare(shared, free);
        Assert.Equal(1, test.DegreesOfFreedom);

        // The simulated z2 acts in opposite directions (−0.5 on purchases, +0.5 on dropout): one shared coefficient is rejected.
        Assert.True(test.PValue < 0.01, $"p = {test.PValue}");
    }

    [Fact]
    public void An_l2_penalty_shrinks_the_bg_bb_coefficients_and_is_reported_at_the_estimate()
    {
        var customers = DiscreteCovariateSimulation.BgBb(2000, 8, BgBbTruth, [0.6, -0.5], [-0.7, 0.5], seed: 38);
        var fitter = new ClvCovariateFitter();
        var free = fitter.FitBgBb(customers, TwoCovariates);
        var penalised = fitter.FitBgBb(customers, TwoCovariates with { TransactionPenalty = 500d, LifePenalty = 500d });

        Assert.True(penalised.Converged, penalised.Message);
        double Norm(ClvCovariateFit f) => f.TransactionCoefficients.Concat(f.LifeCoefficients).Sum(c => c.Value * c.Value);
        Assert.True(Norm(penalised) < Norm(free));
        Assert.Equal(500d * Norm(penalised), penalised.Penalty, 6);
        Assert.Equal(0d, free.Penalty);
        Assert.True(penalised.LogLikelihood < free.LogLikelihood);
    }

    [Fact]
    public void Sbg_refuses_covariates_in_the_purchase_process_constraints_and_a_transaction_penalty()
    {
        var cohorts = DiscreteCovariateSimulation.Sbg(100, 4, SbgTruth, [0d, 0d], seed: 39);
        var fitter = new ClvCovariateFitter();

        Assert.Throws<ArgumentException>("options", () => fitter.FitSbg(cohorts, TwoCovariates with { Transaction = ["z1"] }));
        Assert.Throws<ArgumentException>("options", () => fitter.FitSbg(cohorts, TwoCovariates with { Constrained = ["z1"] }));
        Assert.Throws<ArgumentException>("options", () => fitter.FitSbg(cohorts, TwoCovariates with { TransactionPenalty = 1d }));
        Assert.Throws<ArgumentException>("options", () => fitter.FitSbg(cohorts, TwoCovariates with { Life = [] }));
        Assert.Throws<ArgumentNullException>("options", () => fitter.FitSbg(cohorts, null!));
    }

    [Fact]
    public void Bad_discrete_covariate_input_is_refused_with_the_argument_named()
    {
        var fitter = new ClvCovariateFitter();
        var history = new DiscreteSummary(1, 2, 4);
        var cohort = new CohortSurvivors([10d, 8d]);

        Assert.Throws<ArgumentNullException>("customers", () => fitter.FitBgBb(null!, TwoCovariates));
        Assert.Throws<ArgumentNullException>("customers", () => fitter.FitBgBb([null!], TwoCovariates));
        Assert.Throws<ArgumentException>("customers", () => fitter.FitBgBb([], TwoCovariates));
        var wrongCount = Assert.Throws<ArgumentException>("customers", () => fitter.FitBgBb([new DiscreteCovariateCustomer(history, [1d])], TwoCovariates));
        Assert.Contains("Customer 1 has 1 covariate values", wrongCount.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("options", () => fitter.FitBgBb([new DiscreteCovariateCustomer(history, [1d, 2d])], new ClvCovariateOptions()));
        Assert.Throws<ArgumentNullException>("cohorts", () => fitter.FitSbg(null!, TwoCovariates));
        Assert.Throws<ArgumentNullException>("cohorts", () => fitter.FitSbg([null!], TwoCovariates));
        Assert.Throws<ArgumentException>("cohorts", () => fitter.FitSbg([], TwoCovariates));
        var cohortCount = Assert.Throws<ArgumentException>("cohorts", () => fitter.FitSbg([new CovariateCohort(cohort, [1d, 2d, 3d])], TwoCovariates));
        Assert.Contains("Cohort 1 has 3 covariate values", cohortCount.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("values", () => new DiscreteCovariateCustomer(history, [double.NaN]));
        Assert.Throws<ArgumentException>("values", () => new CovariateCohort(cohort, [double.PositiveInfinity]));
        Assert.Throws<ArgumentNullException>("values", () => new CovariateCohort(cohort, null!));
        Assert.Throws<ArgumentNullException>("summary", () => new DiscreteCovariateCustomer(null!, [1d]));
        Assert.Throws<ArgumentNullException>("survivors", () => new CovariateCohort(null!, [1d]));
    }

    private static void AssertWithin(IReadOnlyList<ClvParameter> estimates, double[] truth)
    {
        for (var i = 0; i < truth.Length; i++)
        {
            var e = estimates[i];
            Assert.True(e.StandardError is > 0d, $"{e.Name} has no standard error");
            Assert.True(Math.Abs(e.Value - truth[i]) <= 4d * e.StandardError!.Value, $"{e.Name}: {e.Value} ± {e.StandardError} vs {truth[i]}");
        }
    }
}
