using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>A fitted model checked on its holdout: the fit (with AIC and BIC), the holdout error, the frequency bins and the tracking series.</summary>
/// <param name="Fit">The fit diagnosed; <see cref="ClvModelFit.Aic"/> and <see cref="ClvModelFit.Bic"/> compare in-sample fit, lower is better.</param>
/// <param name="Holdout">Per-customer and total holdout error.</param>
/// <param name="Bins">Mean actual and expected holdout transactions by calibration frequency, 0 … k − 1 and k+.</param>
/// <param name="Tracking">The cohort's repeat transactions per period, actual and expected.</param>
public sealed record ClvModelDiagnostics(ClvModelFit Fit, ClvHoldoutError Holdout, IReadOnlyList<ClvFrequencyBin> Bins, IReadOnlyList<ClvTrackingPeriod> Tracking)
{
    /// <summary>The model id, e.g. "bg-nbd".</summary>
    public string Model => Fit.Model;
}
