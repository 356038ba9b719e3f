namespace CustomerLifecycle.Data.Scorecards;

/// <summary>One period of a CLV tracking file: cumulative repeat transactions, actual and expected.</summary>
/// <param name="Line">The 1-based physical line of the row.</param>
/// <param name="Period">The period's label as written (trimmed).</param>
/// <param name="Actual">The actual cumulative repeat transactions (at least 0).</param>
/// <param name="Expected">The cumulative repeat transactions a model expected (at least 0).</param>
/// <param name="Holdout">Whether the period is in the hold-out (after the calibration period).</param>
public sealed record ClvTrackingRow(int Line, string Period, double Actual, double Expected, bool Holdout);
