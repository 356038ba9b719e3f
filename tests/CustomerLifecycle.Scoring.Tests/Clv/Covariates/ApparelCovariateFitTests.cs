using CustomerLifecycle.Scoring.Clv.Covariates;
using CustomerLifecycle.Tests.Shared;

namespace CustomerLifecycle.Scoring.Tests.Clv.Covariates;

/// <summary>The published covariate Pareto/NBD fits of the apparel data (CLVTools' static-covariate example).</summary>
public sealed class ApparelCovariateFitTests
{
    private static readonly ClvCovariateOptions BothProcesses = new() { Names = ["Gender", "Channel"] };

    [DatasetFact(Apparel.Transactions, Apparel.StaticCovariates)]
    public void Pareto_nbd_with_gender_and_channel_in_both_processes_reaches_the_published_log_likelihood()
    {
        var fit = new ClvCovariateFitter().FitParetoNbd(Apparel.Customers, BothProcesses);

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(-5821.0627, fit.LogLikelihood, 3);
        Assert.Equal(600, fit.Customers);
        Assert.Equal(8, fit.Parameters.Count);
        Assert.Equal(["Gender", "Channel"], fit.TransactionCoefficients.Select(c => c.Name));
        Assert.Equal(["Gender", "Channel"], fit.LifeCoefficients.Select(c => c.Name));
        Assert.Empty(fit.ConstrainedCoefficients);
        Assert.All(fit.Parameters, p => Assert.True(p.StandardError > 0d, p.Name));
        Assert.Equal(0d, fit.Penalty);
        Assert.Equal(16d + 11642.1254, fit.Aic, 2);
    }

    [DatasetFact(Apparel.Transactions, Apparel.StaticCovariates)]
    public void Pareto_nbd_with_gender_constrained_equal_across_the_processes_reaches_the_published_log_likelihood()
    {
        var fit = new ClvCovariateFitter().FitParetoNbd(Apparel.Customers, BothProcesses with { Constrained = ["Gender"] });

        Assert.True(fit.Converged, fit.Message);
        Assert.Equal(-5826.5342, fit.LogLikelihood, 3);
        Assert.Equal(["Gender"], fit.ConstrainedCoefficients.Select(c => c.Name));
        Assert.Equal(["Channel"], fit.TransactionCoefficients.Select(c => c.Name));
        Assert.Equal(["Channel"], fit.LifeCoefficients.Select(c => c.Name));
        Assert.Equal(7, fit.Parameters.Count);
    }

    [DatasetFact(Apparel.Transactions, Apparel.StaticCovariates)]
    public void The_constraint_is_tested_against_the_free_fit_with_one_degree_of_freedom()
    {
        var fitter = new ClvCovariateFitter();
        var full = fitter.FitParetoNbd(Apparel.Customers, BothProcesses);
        var restricted = fitter.FitParetoNbd(Apparel.Customers, BothProcesses with { Constrained = ["Gender"] });

        var test = LikelihoodRatioTest.Compare(restricted, full);

        Assert.Equal(1, test.DegreesOfFreedom);
        Assert.Equal(2d * (5826.5342 - 5821.0627), test.Statistic, 2);
        Assert.InRange(test.PValue, 0.0009, 0.0011);
    }

    [DatasetFact(Apparel.Transactions, Apparel.StaticCovariates)]
    public void A_penalty_shrinks_the_coefficients_and_is_reported_apart_from_the_log_likelihood()
    {
        var fitter = new ClvCovariateFitter();
        var free = fitter.FitParetoNbd(Apparel.Customers, BothProcesses);
        var penalised = fitter.FitParetoNbd(Apparel.Customers, BothProcesses with { TransactionPenalty = 10d, LifePenalty = 10d });

        Assert.True(penalised.Converged, penalised.Message);
        Assert.True(penalised.LogLikelihood < free.LogLikelihood);
        Assert.True(penalised.Penalty > 0d);
        var expected = 10d * penalised.TransactionCoefficients.Concat(penalised.LifeCoefficients).Sum(c => c.Value * c.Value);
        Assert.Equal(expected, penalised.Penalty, 9);
        Assert.True(
            penalised.TransactionCoefficients.Concat(penalised.LifeCoefficients).Sum(c => c.Value * c.Value)
            < free.TransactionCoefficients.Concat(free.LifeCoefficients).Sum(c => c.Value * c.Value));
    }
}
