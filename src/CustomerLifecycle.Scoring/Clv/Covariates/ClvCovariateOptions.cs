using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// Which time-invariant covariates enter which process of a covariate CLV fit, with the L2 penalties and the optimiser
/// options. Each covariate named in <see cref="Transaction"/> gets its own coefficient in the purchase process, each in
/// <see cref="Life"/> its own in the lifetime (dropout) process, and each in <see cref="Constrained"/> one coefficient
/// shared by both processes.
/// </summary>
public sealed record ClvCovariateOptions
{
    /// <summary>The covariate names, in the order of <see cref="CovariateCustomer.Values"/>; non-empty and unique.</summary>
    /// <value>No names: set at least one.</value>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>
    /// The covariates with a coefficient of their own in the purchase process; null means every name not in
    /// <see cref="Constrained"/>, an empty list none.
    /// </summary>
    /// <value>null.</value>
    public IReadOnlyList<string>? Transaction { get; init; }

    /// <summary>
    /// The covariates with a coefficient of their own in the lifetime process; null means every name not in
    /// <see cref="Constrained"/>, an empty list none.
    /// </summary>
    /// <value>null.</value>
    public IReadOnlyList<string>? Life { get; init; }

    /// <summary>
    /// The covariates whose one coefficient is shared by both processes (an equality constraint); none may also be
    /// listed in <see cref="Transaction"/> or <see cref="Life"/>.
    /// </summary>
    /// <value>Empty.</value>
    public IReadOnlyList<string> Constrained { get; init; } = [];

    /// <summary>
    /// λ_trans ≥ 0: the fit maximises LL − λ_trans·Σγ_trans² − λ_life·Σγ_life² − (λ_trans + λ_life)·Σγ_constrained²
    /// (the penalty on the total log-likelihood, not per customer).
    /// </summary>
    /// <value>0 (no penalty).</value>
    public double TransactionPenalty { get; init; }

    /// <summary>λ_life ≥ 0: the penalty on the lifetime coefficients (see <see cref="TransactionPenalty"/>).</summary>
    /// <value>0 (no penalty).</value>
    public double LifePenalty { get; init; }

    /// <summary>The optimiser options (tolerance, iterations, starts).</summary>
    /// <value>The defaults of <see cref="ClvFitOptions"/>.</value>
    public ClvFitOptions Fit { get; init; } = new();

    /// <summary>The names in the purchase process, after applying the default.</summary>
    internal IReadOnlyList<string> TransactionNames => Transaction ?? Names.Except(Constrained, StringComparer.Ordinal).ToArray();

    /// <summary>The names in the lifetime process, after applying the default.</summary>
    internal IReadOnlyList<string> LifeNames => Life ?? Names.Except(Constrained, StringComparer.Ordinal).ToArray();
}
