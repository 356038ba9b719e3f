namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// The comparison of two independent NPS samples (e.g. control vs treatment): the difference, its interval, the z statistic
/// and the two-sided p-value. Statistics are null when either sample is empty or the difference has no variance.
/// </summary>
/// <param name="Baseline">The first sample's estimate (control, earlier period).</param>
/// <param name="Treatment">The second sample's estimate.</param>
/// <param name="Difference">Treatment NPS − baseline NPS, in points (−200..200).</param>
/// <param name="StandardError">The standard error of the difference, in points.</param>
/// <param name="Interval">The confidence interval of the difference, in points, within [−200, 200] and containing <paramref name="Difference"/>.</param>
/// <param name="Z">The z statistic of the method's centred difference.</param>
/// <param name="PValue">The two-sided p-value, 2·(1 − Φ(|z|)).</param>
/// <param name="MinimumDetectableDifference">The smallest true difference, in points, that samples of these sizes would detect with the configured power at this confidence level (using each sample's observed variance).</param>
/// <param name="Method">The interval method.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
public sealed record NpsComparison(
    NpsEstimate Baseline,
    NpsEstimate Treatment,
    double? Difference,
    double? StandardError,
    NpsInterval? Interval,
    double? Z,
    double? PValue,
    double? MinimumDetectableDifference,
    NpsIntervalMethod Method,
    double ConfidenceLevel)
{
    /// <summary>Whether the difference is significant at the confidence level (p &lt; 1 − level).</summary>
    public bool IsSignificant => PValue < 1d - ConfidenceLevel;
}
