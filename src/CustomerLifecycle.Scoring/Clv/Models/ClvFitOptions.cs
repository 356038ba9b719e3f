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
