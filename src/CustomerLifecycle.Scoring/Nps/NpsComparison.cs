namespace CustomerLifecycle.Scoring.Nps;

/// <summary>
/// The comparison of two independent NPS samples (e.g. control vs treatment): the difference, its interval, the z statistic
/// and the two-sided p-value. Statistics are null when either sample is empty or the difference has no variance.
/// </summary>
public sealed record NpsComparison
{
    internal NpsComparison(NpsEstimate baseline, NpsEstimate treatment, double? difference, double? standardError, NpsInterval? interval, double? z, double? pValue, double? minimumDetectableDifference, NpsIntervalMethod method, double confidenceLevel)
    {
        Baseline = baseline;
        Treatment = treatment;
        Difference = difference;
        StandardError = standardError;
        Interval = interval;
        Z = z;
        PValue = pValue;
        MinimumDetectableDifference = minimumDetectableDifference;
        Method = method;
        ConfidenceLevel = confidenceLevel;
    }

    /// <summary>The first sample's estimate (control, earlier period).</summary>
    public NpsEstimate Baseline { get; }

    /// <summary>The second sample's estimate.</summary>
    public NpsEstimate Treatment { get; }

    /// <summary>Treatment NPS − baseline NPS, in points (−200..200).</summary>
    public double? Difference { get; }

    /// <summary>The standard error of the difference, in points.</summary>
    public double? StandardError { get; }

    /// <summary>The confidence interval of the difference, in points, within [−200, 200] and containing <see cref="Difference"/>.</summary>
    public NpsInterval? Interval { get; }

    /// <summary>The z statistic of the method's centred difference.</summary>
    public double? Z { get; }

    /// <summary>The two-sided p-value, 2·(1 − Φ(|z|)).</summary>
    public double? PValue { get; }

    /// <summary>The smallest true difference, in points, that samples of these sizes would detect with the configured power at this confidence level (using each sample's observed variance).</summary>
    public double? MinimumDetectableDifference { get; }

    /// <summary>The interval method.</summary>
    public NpsIntervalMethod Method { get; }

    /// <summary>The confidence level.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>Whether the difference is significant at the confidence level (p &lt; 1 − level).</summary>
    public bool IsSignificant => PValue < 1d - ConfidenceLevel;
}
