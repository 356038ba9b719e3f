namespace CustomerLifecycle.Scorecards.Funnel;

/// <summary>The stages of the AARRR funnel in one after-sales network's order (revenue before referral).</summary>
public enum FunnelStage
{
    /// <summary>Owners in the area who visit (获客).</summary>
    Acquisition = 0,

    /// <summary>Acquired customers whose first service satisfied them (first-visit score ≥ 9) (激活).</summary>
    Activation = 1,

    /// <summary>Activated customers who come back (2+ visits a year) (留存).</summary>
    Retention = 2,

    /// <summary>Retained customers who buy value-added services (变现).</summary>
    Revenue = 3,

    /// <summary>Paying customers who refer others: the core customers (推荐).</summary>
    Referral = 4,
}
