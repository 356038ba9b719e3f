using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>The discrete-time covariate fits: BG/BB on opportunity histories and sBG on contractual cohorts.</summary>
public sealed partial class ClvCovariateFitter
{
    // BG/BB (alpha, beta, gamma, delta): α_i = α·exp(γ_trans·x), γ_i = γ·exp(γ_life·x); β and δ stay fixed.
    private static readonly CovariateLink[] BgBbLinks = [CovariateLink.Transaction(1d), CovariateLink.Fixed, CovariateLink.Life(1d), CovariateLink.Fixed];

    // sBG (alpha, beta): α_i = α·exp(γ_life·x); β stays fixed.
    private static readonly CovariateLink[] SbgLinks = [CovariateLink.Life(1d), CovariateLink.Fixed];

    /// <summary>Fits BG/BB with covariates on weighted (x, t_x, n, covariate vector) rows.</summary>
    /// <param name="customers">The customers' histories with their covariate values.</param>
    /// <param name="options">Which covariates enter which process, the penalties and the optimiser options.</param>
    /// <returns>The fit: alpha, beta, gamma, delta, then the coefficients; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is or contains null.</exception>
    /// <exception cref="ArgumentException">No customers, a customer with the wrong number of values, or invalid options.</exception>
    /// <remarks>
    /// Links: α_i = α·exp(γ_trans·x_i) with β fixed, so the odds α_i/β of the mean transaction probability are
    /// multiplied by exp(γ_trans·x_i); γ_i = γ·exp(γ_life·x_i) with δ fixed, so the odds of the mean dropout probability
    /// are multiplied by exp(γ_life·x_i). A positive coefficient raises the rate of its process, as for the continuous models.
    /// </remarks>
    public ClvCovariateFit FitBgBb(IEnumerable<DiscreteCovariateCustomer> customers, ClvCovariateOptions options)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var rows = FitInput.Once(customers, nameof(customers));
        return Fit(
            new CovariateFitInput<DiscreteCovariateCustomer, DiscreteSummary>(rows, c => c.Values, c => c.Summary, nameof(customers), "Customer"),
            options,
            BgBbModel.ModelName,
            BgBbLinks,
            histories => new BgBbLikelihood(histories),
            histories => ClvDataFingerprint.Of(histories));
    }

    /// <summary>Fits sBG with covariates on cohorts (or segments), each with its own covariate vector.</summary>
    /// <param name="cohorts">The cohorts with their covariate values.</param>
    /// <param name="options">
    /// The covariates, all in the lifetime process (sBG has no purchase process): <see cref="ClvCovariateOptions.Transaction"/>
    /// must be null or empty, <see cref="ClvCovariateOptions.Constrained"/> empty and the transaction penalty 0.
    /// </param>
    /// <returns>The fit: alpha, beta, then the <c>life.X</c> coefficients; check <see cref="ClvModelFit.Converged"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is or contains null.</exception>
    /// <exception cref="ArgumentException">No cohorts, a cohort with the wrong number of values, or invalid options.</exception>
    /// <remarks>
    /// Link: the churn probability θ ~ Beta(α_i, β) with α_i = α·exp(γ_life·x_i), so the odds of the mean churn
    /// probability are multiplied by exp(γ_life·x_i): a positive coefficient raises churn and shortens the expected lifetime.
    /// The coefficients are identified only when the cohorts' covariate vectors differ.
    /// </remarks>
    public ClvCovariateFit FitSbg(IEnumerable<CovariateCohort> cohorts, ClvCovariateOptions options)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Transaction is { Count: > 0 } || options.Constrained is { Count: > 0 } || options.TransactionPenalty != 0d)
        {
            throw new ArgumentException(
                "sBG has only the lifetime (churn) process: list covariates under Life (or leave it null for all), none under Transaction or Constrained, and no transaction penalty.",
                nameof(options));
        }

        var rows = FitInput.Once(cohorts, nameof(cohorts));
        return Fit(
            new CovariateFitInput<CovariateCohort, CohortSurvivors>(rows, c => c.Values, c => c.Survivors, nameof(cohorts), "Cohort"),
            options with { Transaction = [] },
            SbgModel.ModelName,
            SbgLinks,
            survivors => new SbgLikelihood(survivors),
            _ => null);
    }
}
