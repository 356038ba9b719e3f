namespace CustomerLifecycle.Scorecards;

/// <summary>The stable ids of the scorecard tables' metrics (<see cref="BandedMetric.MetricId"/>); users match on them.</summary>
public static class MetricIds
{
    /// <summary>Activation dashboard (one after-sales network's practice): NPS of first-visit surveys, −100..100.</summary>
    public const string ActivationFirstVisitNps = "activation.first_visit_nps";

    /// <summary>Activation dashboard (one after-sales network's practice): share of first-visit scores equal to 10.</summary>
    public const string ActivationPerfectRate = "activation.perfect_rate";

    /// <summary>Activation dashboard (one after-sales network's practice): share of first-time customers called back within 24 hours.</summary>
    public const string ActivationCallbackRate24h = "activation.callback_rate_24h";

    /// <summary>Activation dashboard (one after-sales network's practice): share of first-time customers back within 90 days.</summary>
    public const string ActivationRetention90Days = "activation.retention_90d";

    /// <summary>Activation dashboard (one after-sales network's practice): surprise moments per first-time customer.</summary>
    public const string ActivationSurpriseMoments = "activation.surprise_moments";

    /// <summary>Lifecycle health (one after-sales network's practice), acquisition: share of the area's owners who visit in a year.</summary>
    public const string LifecycleYearlyVisitRate = "lifecycle.acquisition.yearly_visit_rate";

    /// <summary>Lifecycle health (one after-sales network's practice), activation: first-visit NPS, −100..100.</summary>
    public const string LifecycleFirstVisitNps = "lifecycle.activation.first_visit_nps";

    /// <summary>Lifecycle health (one after-sales network's practice), retention: share of customers retained over a year.</summary>
    public const string LifecycleYearlyRetention = "lifecycle.retention.yearly_retention";

    /// <summary>Lifecycle health (one after-sales network's practice), revenue: share of customers buying value-added services.</summary>
    public const string LifecycleValueAddedPenetration = "lifecycle.revenue.value_added_penetration";

    /// <summary>Lifecycle health (one after-sales network's practice), referral: share of customers who refer someone.</summary>
    public const string LifecycleReferralRate = "lifecycle.referral.referral_rate";
}
