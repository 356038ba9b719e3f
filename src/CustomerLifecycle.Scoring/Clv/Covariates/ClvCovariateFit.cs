using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Covariates;

/// <summary>
/// A maximum-likelihood fit of a CLV model with time-invariant covariates. <see cref="ClvModelFit.Parameters"/> holds the
/// base parameters (the values of a customer whose covariates are all 0) followed by every coefficient, named
/// <c>transaction.X</c>, <c>life.X</c> and <c>constrained.X</c>, so that <c>Aic</c> and
/// <c>Bic</c> count them all; <see cref="ClvModelFit.LogLikelihood"/> is the unpenalised
/// log-likelihood and <see cref="Penalty"/> the L2 penalty at the estimate.
/// </summary>
/// <remarks>
/// Sign convention: a positive coefficient raises the rate of its process. In the purchase process the rate scale
/// shrinks, α_i = α·exp(−γ_trans·x), so the mean purchase rate r/α_i grows by exp(γ_trans·x); in the Pareto/NBD lifetime
/// process β_i = β·exp(−γ_life·x), so the mean dropout rate s/β_i grows (a shorter expected lifetime). In BG/NBD both
/// a and b are multiplied by exp(γ_life·x), which keeps the mean dropout probability and changes how alike customers are.
/// In BG/BB the first Beta parameter of each process is multiplied, α_i = α·exp(γ_trans·x) and γ_i = γ·exp(γ_life·x), so
/// the odds of the mean transaction and dropout probabilities grow by exp(γ·x); in sBG α_i = α·exp(γ_life·x), so the
/// odds of the mean churn probability grow by exp(γ_life·x).
/// </remarks>
public sealed class ClvCovariateFit : ClvModelFit
{
    private readonly CovariateDesign _design;

    internal ClvCovariateFit(ClvModelFit fit, CovariateDesign design, double penalty)
        : base(fit)
    {
        _design = design;
        Penalty = penalty;
        var k = design.BaseCount;
        BaseParameters = fit.Parameters.Take(k).ToArray();
        TransactionCoefficients = Coefficients(fit, k, design.Transaction, design.Names);
        LifeCoefficients = Coefficients(fit, design.LifeOffset, design.Life, design.Names);
        ConstrainedCoefficients = Coefficients(fit, design.ConstrainedOffset, design.Constrained, design.Names);
    }

    /// <summary>The covariate names, in the order <see cref="CustomerParameters"/> expects the values.</summary>
    public IReadOnlyList<string> Covariates => _design.Names;

    /// <summary>The base parameters in literature order: those of a customer whose covariates are all 0.</summary>
    public IReadOnlyList<ClvParameter> BaseParameters { get; }

    /// <summary>The purchase-process coefficients, named by covariate, with standard errors.</summary>
    public IReadOnlyList<ClvParameter> TransactionCoefficients { get; }

    /// <summary>The lifetime-process coefficients, named by covariate, with standard errors.</summary>
    public IReadOnlyList<ClvParameter> LifeCoefficients { get; }

    /// <summary>The coefficients shared by both processes (equality constraints), named by covariate, with standard errors.</summary>
    public IReadOnlyList<ClvParameter> ConstrainedCoefficients { get; }

    /// <summary>The L2 penalty at the estimate, λ_trans·Σγ_trans² + λ_life·Σγ_life² + (λ_trans + λ_life)·Σγ_constrained²; 0 without penalties.</summary>
    public double Penalty { get; }

    /// <summary>The λ_trans the fit used.</summary>
    public double TransactionPenalty => _design.TransactionPenalty;

    /// <summary>The λ_life the fit used.</summary>
    public double LifePenalty => _design.LifePenalty;

    /// <summary>The individual base parameters of a customer with these covariate values, in literature order.</summary>
    /// <param name="values">One finite value per name in <see cref="Covariates"/>.</param>
    /// <returns>The parameters, e.g. r, α_i, s, β_i for Pareto/NBD or α_i, β, γ_i, δ for BG/BB.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The count is wrong or a value is not finite.</exception>
    public double[] CustomerParameters(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != _design.Names.Length || values.Any(v => !double.IsFinite(v)))
        {
            throw new ArgumentException($"Give {_design.Names.Length} finite covariate values ({string.Join(", ", _design.Names)}); got {values.Count}.", nameof(values));
        }

        var result = new double[_design.BaseCount];
        _design.IndividualParameters(Parameters.Select((p, i) => i < _design.BaseCount ? Math.Log(p.Value) : p.Value).ToArray(), values, result);
        return result;
    }

    /// <summary>
    /// The base model of a customer (or an sBG cohort) with these covariate values, for predictions: a
    /// <see cref="ParetoNbdModel"/>, <see cref="BgNbdModel"/>, <see cref="BgBbModel"/> or <see cref="SbgModel"/> by <see cref="ClvModelFit.Model"/>.
    /// </summary>
    /// <param name="values">One finite value per name in <see cref="Covariates"/>.</param>
    /// <param name="policy">Whether a fit that did not converge may be used (by default it is refused).</param>
    /// <returns>The model with the customer's individual parameters.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The values are wrong, or the fit did not converge under the policy.</exception>
    public IClvModel CustomerModel(IReadOnlyList<double> values, ClvConvergencePolicy policy = ClvConvergencePolicy.RequireConverged)
    {
        if (!Converged && policy != ClvConvergencePolicy.AllowUnconverged)
        {
            throw new ArgumentException($"The {Model} covariate fit did not converge ({Message}); its parameters must not be used.", nameof(policy));
        }

        var p = CustomerParameters(values);
        return ClvModels.Create(Model, _design.BaseNames.Select((n, i) => (n, i)).ToDictionary(e => e.n, e => p[e.i], StringComparer.Ordinal));
    }

    private static ClvParameter[] Coefficients(ClvModelFit fit, int offset, int[] columns, string[] names) =>
        columns.Select((c, i) => fit.Parameters[offset + i] with { Name = names[c] }).ToArray();
}
