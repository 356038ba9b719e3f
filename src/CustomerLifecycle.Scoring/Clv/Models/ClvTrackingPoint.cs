namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>One point of a cumulative repeat-transaction tracking series.</summary>
/// <param name="Time">The checkpoint, from the cohort's origin in the model's time unit.</param>
/// <param name="Expected">Expected cumulative repeat transactions of the cohort by then.</param>
/// <param name="Actual">Actual cumulative repeat transactions by then (transactions at or before the checkpoint), or null when not given.</param>
public sealed record ClvTrackingPoint(double Time, double Expected, double? Actual);
