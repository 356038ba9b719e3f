namespace CustomerLifecycle.Scoring.Clv.Data;

/// <summary>What one customer did in the holdout period (after the calibration end, up to the observation end).</summary>
/// <param name="Frequency">Purchase periods in the holdout (every one counts: the first purchase lies in the calibration period); ≥ 0.</param>
/// <param name="MonetaryValue">Mean value of those purchase periods; null when there were none or amounts are unknown.</param>
public sealed record HoldoutActivity(double Frequency, decimal? MonetaryValue);
