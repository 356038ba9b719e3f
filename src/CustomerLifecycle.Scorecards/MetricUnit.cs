namespace CustomerLifecycle.Scorecards;

/// <summary>The unit of a <see cref="BandedMetric.Value"/>, so that a presenter can format it.</summary>
public enum MetricUnit
{
    /// <summary>A fraction in [0, 1] (0.7 for 70 %); show it as a percentage.</summary>
    Fraction = 0,

    /// <summary>A Net Promoter Score on the −100..100 scale.</summary>
    NpsPoints = 1,

    /// <summary>An average count per customer (e.g. surprise moments per customer).</summary>
    PerCustomer = 2,

    /// <summary>A plain number (a score, a count, a multiple).</summary>
    Number = 3,
}
