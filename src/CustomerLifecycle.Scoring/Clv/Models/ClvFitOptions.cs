using FluentValidation;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Options of a maximum-likelihood fit of a probabilistic CLV model.</summary>
/// <remarks>
/// The fit minimises the negative log-likelihood per customer (the weighted mean, so the tolerance does not depend on the
/// number of customers) over the logarithms of the parameters, all of which are positive.
/// </remarks>
public sealed record ClvFitOptions
{
    /// <summary>
    /// The gradient tolerance: the fit stops when every component of the gradient of the mean negative log-likelihood with
    /// respect to the log-parameters, relative to max(1, |mean NLL|), is below it. In (0, 0.1).
    /// </summary>
    /// <value>1e-8 (for CDNOW, a log-likelihood within about 1e-10 of the optimum).</value>
    public double Tolerance { get; set; } = 1e-8;

    /// <summary>The most optimiser iterations per start, ≥ 1.</summary>
    /// <value>1000.</value>
    public int MaxIterations { get; set; } = 1000;

    /// <summary>
    /// How many starting points to try (the model's own start first, then deterministic perturbations of it on the log
    /// scale); the best converged one wins. Null uses the model's default (more for models with flat likelihood surfaces).
    /// 1–100 when set.
    /// </summary>
    /// <value>null.</value>
    public int? Starts { get; set; }
}

/// <summary>Validates <see cref="ClvFitOptions"/>: tolerance in (0, 0.1), at least one iteration, 1–100 starts when set.</summary>
public sealed class ClvFitOptionsValidator : AbstractValidator<ClvFitOptions>
{
    /// <summary>Makes the validator.</summary>
    public ClvFitOptionsValidator()
    {
        RuleFor(o => o.Tolerance).Must(t => t is > 0d and < 0.1d)
            .WithMessage(o => $"must be a number in (0, 0.1), e.g. 1e-8; got {o.Tolerance}");
        RuleFor(o => o.MaxIterations).GreaterThanOrEqualTo(1)
            .WithMessage(o => $"must be at least 1; got {o.MaxIterations}");
        RuleFor(o => o.Starts).Must(s => s is null or (>= 1 and <= 100))
            .WithMessage(o => $"must be null (model default) or 1–100; got {o.Starts}");
    }
}
