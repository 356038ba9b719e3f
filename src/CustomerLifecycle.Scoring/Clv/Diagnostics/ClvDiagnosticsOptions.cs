using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>Options of <see cref="ClvModelComparer"/>: how the models are fitted and how the holdout is binned.</summary>
public sealed record ClvDiagnosticsOptions
{
    /// <summary>Calibration-frequency bins 0 … Bins − 1 and Bins+; 1 to 1000.</summary>
    /// <value>7 (0 … 6 and 7+).</value>
    public int Bins { get; set; } = ClvDiagnostics.DefaultBins;

    /// <summary>Whether a model whose fit did not converge is still diagnosed (its <see cref="ClvModelFit.Converged"/> stays false) or refused.</summary>
    /// <value><see cref="ClvConvergencePolicy.RequireConverged"/>.</value>
    public ClvConvergencePolicy Convergence { get; set; } = ClvConvergencePolicy.RequireConverged;

    /// <summary>The fit options of every model.</summary>
    /// <value>The defaults of <see cref="ClvFitOptions"/>.</value>
    public ClvFitOptions Fit { get; set; } = new();
}
