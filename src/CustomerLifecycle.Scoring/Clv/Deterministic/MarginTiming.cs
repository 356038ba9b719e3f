namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>When in each period the margin of a retained customer arrives: the timing convention of <see cref="RetentionClv"/>.</summary>
public enum MarginTiming
{
    /// <summary>
    /// At the start of each period, the first one now and undiscounted: CLV = m Σ_{t=0}^{N−1} q^t with q = r / (1 + d);
    /// infinite horizon m (1 + d) / (1 + d − r). The customer is counted as acquired and paying today.
    /// </summary>
    StartOfPeriod = 0,

    /// <summary>
    /// At the end of each period, if the customer was retained through it: CLV = m Σ_{t=1}^{N} q^t; infinite horizon
    /// m r / (1 + d − r) (Gupta &amp; Lehmann's textbook form). The value of a customer after today's purchase.
    /// </summary>
    EndOfPeriod = 1,
}
