namespace CustomerLifecycle.Scoring.Nps;

/// <summary>An NPS with its uncertainty. Every statistic is null when the sample is empty (NPS undefined).</summary>
/// <param name="Tally">The counts the estimate rests on (for a weighted estimate, the unweighted counts).</param>
/// <param name="Nps">The observed NPS, −100..100; null when undefined.</param>
/// <param name="StandardError">The standard error in points, of the method's centre; null when undefined.</param>
/// <param name="Interval">The confidence interval in points, within [−100, 100] and always containing <paramref name="Nps"/>; null when undefined.</param>
/// <param name="MarginOfError">z × standard error, in points; null when undefined.</param>
/// <param name="Method">The interval method.</param>
/// <param name="ConfidenceLevel">The confidence level, e.g. 0.95.</param>
/// <param name="EffectiveSampleSize">The sample size the variance rests on: the count for an unweighted estimate, Kish's (Σw)²/Σw² for a weighted one; null when empty.</param>
public sealed record NpsEstimate(
    NpsTally Tally,
    double? Nps,
    double? StandardError,
    NpsInterval? Interval,
    double? MarginOfError,
    NpsIntervalMethod Method,
    double ConfidenceLevel,
    double? EffectiveSampleSize)
{
    /// <summary>Whether NPS is defined (at least one response).</summary>
    public bool IsDefined => Nps.HasValue;
}
