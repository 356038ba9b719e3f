namespace CustomerLifecycle.Scoring.Nps;

/// <summary>An NPS with its uncertainty. Every statistic is null when the sample is empty (NPS undefined).</summary>
public sealed record NpsEstimate
{
    internal NpsEstimate(NpsTally tally, double? nps, double? standardError, NpsInterval? interval, double? marginOfError, NpsIntervalMethod method, double confidenceLevel, double? effectiveSampleSize)
    {
        Tally = tally;
        Nps = nps;
        StandardError = standardError;
        Interval = interval;
        MarginOfError = marginOfError;
        Method = method;
        ConfidenceLevel = confidenceLevel;
        EffectiveSampleSize = effectiveSampleSize;
    }

    /// <summary>The counts the estimate rests on (for a weighted estimate, the unweighted counts).</summary>
    public NpsTally Tally { get; }

    /// <summary>The observed NPS, −100..100; null when undefined.</summary>
    public double? Nps { get; }

    /// <summary>The standard error in points, of the method's centre; null when undefined.</summary>
    public double? StandardError { get; }

    /// <summary>The confidence interval in points, within [−100, 100] and always containing <see cref="Nps"/>; null when undefined.</summary>
    public NpsInterval? Interval { get; }

    /// <summary>z × standard error, in points; null when undefined.</summary>
    public double? MarginOfError { get; }

    /// <summary>The interval method.</summary>
    public NpsIntervalMethod Method { get; }

    /// <summary>The confidence level, e.g. 0.95.</summary>
    public double ConfidenceLevel { get; }

    /// <summary>The sample size the variance rests on: the count for an unweighted estimate, Kish's (Σw)²/Σw² for a weighted one; null when empty.</summary>
    public double? EffectiveSampleSize { get; }

    /// <summary>Whether NPS is defined (at least one response).</summary>
    public bool IsDefined => Nps.HasValue;
}
