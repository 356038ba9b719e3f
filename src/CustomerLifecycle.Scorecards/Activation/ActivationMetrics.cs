using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scorecards.Activation;

/// <summary>The five measures of one after-sales network's activation health dashboard, given by the caller or computed by
/// <see cref="ActivationDashboard.Compute"/>. A null measure is undefined (no data) and is shown without a band.</summary>
public sealed record ActivationMetrics
{
    /// <summary>NPS of first-visit surveys, −100..100, or null.</summary>
    public double? FirstVisitNps { get; init; }

    /// <summary>Share of first-visit scores equal to 10, or null.</summary>
    public Fraction? PerfectRate { get; init; }

    /// <summary>Share of first-time customers called back within 24 h of the end of their service, or null: the follow-up SLA
    /// compliance's first-time callback rate, which counts the same 24 h the planner's callback is due by.</summary>
    public Fraction? CallbackRate24h { get; init; }

    /// <summary>Share of first-time customers back within 90 days, or null.</summary>
    public Fraction? Retention90Days { get; init; }

    /// <summary>Surprise moments per first-time customer (≥ 0), or null.</summary>
    public double? SurpriseMomentsPerCustomer { get; init; }

    /// <summary>First-visit survey responses behind NPS and perfect rate, when known.</summary>
    public long? FirstVisitResponses { get; init; }

    /// <summary>First-time customers behind the callback rate, when known.</summary>
    public long? CallbackCustomers { get; init; }

    /// <summary>First-time customers whose 90 days have elapsed (the retention cohort), when known.</summary>
    public long? RetentionCohort { get; init; }

    /// <summary>First-time customers behind the surprise count, when known.</summary>
    public long? FirstTimeCustomers { get; init; }
}
