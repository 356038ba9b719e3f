namespace CustomerLifecycle.Scoring.Nps;

/// <summary>Options of <see cref="NpsCalculator"/>.</summary>
public sealed record NpsOptions
{
    /// <summary>The confidence level of intervals and tests, strictly between 0 and 1.</summary>
    /// <value>0.95.</value>
    public double ConfidenceLevel { get; set; } = 0.95;

    /// <summary>The interval method.</summary>
    /// <value><see cref="NpsIntervalMethod.AdjustedWald"/>.</value>
    public NpsIntervalMethod IntervalMethod { get; set; } = NpsIntervalMethod.AdjustedWald;

    /// <summary>The power used for minimum detectable differences, strictly between 0 and 1.</summary>
    /// <value>0.8.</value>
    public double Power { get; set; } = 0.8;
}
