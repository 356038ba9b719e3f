using CustomerLifecycle.Scoring.Clv.Models;

namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>A BG/BB fit checked on its holdout: the fit (with AIC and BIC), the holdout error, and the bins by frequency and by recency.</summary>
/// <param name="Fit">The fit diagnosed.</param>
/// <param name="Holdout">The holdout error and totals.</param>
/// <param name="FrequencyBins">Mean actual and expected holdout transactions by calibration frequency x, 0 … k − 1 and k+.</param>
/// <param name="RecencyBins">The same by recency t_x (the opportunity of the last transaction), 0 … k − 1 and k+.</param>
public sealed record ClvDiscreteModelDiagnostics(ClvModelFit Fit, ClvHoldoutError Holdout, IReadOnlyList<ClvFrequencyBin> FrequencyBins, IReadOnlyList<ClvFrequencyBin> RecencyBins)
{
    /// <summary>The model id, "bg-bb".</summary>
    public string Model => Fit.Model;
}
