namespace CustomerLifecycle.Scoring.Clv.Diagnostics;

/// <summary>One period of the cohort's repeat-transaction tracking: actual and expected, in the period and cumulated.</summary>
/// <param name="Period">The period number from the cohort's origin, 1-based (period k ends k units after the origin).</param>
/// <param name="Actual">Repeat transactions the cohort made in the period.</param>
/// <param name="Expected">Repeat transactions the model expected in the period.</param>
/// <param name="CumulativeActual">Repeat transactions up to the end of the period.</param>
/// <param name="CumulativeExpected">Expected repeat transactions up to the end of the period.</param>
/// <param name="Holdout">Whether the period ends after the calibration window (it lies wholly or partly in the holdout).</param>
public sealed record ClvTrackingPeriod(int Period, double Actual, double Expected, double CumulativeActual, double CumulativeExpected, bool Holdout);
