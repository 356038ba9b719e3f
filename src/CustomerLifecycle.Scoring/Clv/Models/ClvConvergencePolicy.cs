namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Whether a fit that did not converge may be turned into a model.</summary>
public enum ClvConvergencePolicy
{
    /// <summary>Only a converged fit becomes a model; any other is refused with the fit's own reason.</summary>
    RequireConverged = 0,

    /// <summary>
    /// A fit that did not converge becomes a model too, at the best point the optimiser reached: an explicit opt-in whose
    /// predictions the caller must flag as untrustworthy.
    /// </summary>
    AllowUnconverged = 1,
}
