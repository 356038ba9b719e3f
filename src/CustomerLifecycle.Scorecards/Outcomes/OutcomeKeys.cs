namespace CustomerLifecycle.Scorecards.Outcomes;

/// <summary>The outcome keys of one after-sales network's predictive mappings.</summary>
public static class OutcomeKeys
{
    /// <summary>Repurchase or upgrade within five years (one after-sales network's practice).</summary>
    public const string Repurchase5Years = "repurchase_5y";

    /// <summary>Churn within five years (one after-sales network's practice).</summary>
    public const string Churn5Years = "churn_5y";

    /// <summary>Back within 90 days (one after-sales network's practice).</summary>
    public const string Retention90Days = "retention_90d";
}
