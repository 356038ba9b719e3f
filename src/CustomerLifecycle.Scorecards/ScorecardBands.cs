namespace CustomerLifecycle.Scorecards;

/// <summary>The band tables of one after-sales network's practice as ready-made <see cref="BandScale"/>s: the defaults of the scorecard options, overridable per user (see docs/concepts/scorecards.md).</summary>
/// <remarks>
/// Every scale follows the boundary rule of <see cref="BandScale"/> (lower bound inclusive): "≥ 85 excellent, 75–85 pass,
/// &lt; 75 danger" puts 85 in excellent and 75 in pass. Rates are fractions in [0, 1], NPS is on −100..100.
/// </remarks>
public static class ScorecardBands
{
    private static readonly string[] Three = [BandKeys.Danger, BandKeys.Pass, BandKeys.Excellent];
    private static readonly string[] Four = [BandKeys.Danger, BandKeys.Pass, BandKeys.Good, BandKeys.Excellent];

    /// <summary>One after-sales network, first-visit NPS: danger &lt; 75 ≤ pass &lt; 85 ≤ excellent, on −100..100.</summary>
    public static BandScale ActivationFirstVisitNps { get; } = BandScale.HigherIsBetter(-100, 100, Three, 75, 85);

    /// <summary>One after-sales network, perfect rate: danger &lt; 30 % ≤ pass &lt; 40 % ≤ excellent.</summary>
    public static BandScale ActivationPerfectRate { get; } = BandScale.HigherIsBetter(0, 1, Three, 0.30, 0.40);

    /// <summary>One after-sales network, 24 h callback rate: danger &lt; 90 % ≤ pass &lt; 100 % = excellent (only every first-time customer called back is excellent).</summary>
    public static BandScale ActivationCallbackRate24h { get; } = BandScale.HigherIsBetter(0, 1, Three, 0.90, 1.0);

    /// <summary>One after-sales network, 90-day retention of first-time customers: danger &lt; 60 % ≤ pass &lt; 80 % ≤ excellent.</summary>
    public static BandScale ActivationRetention90Days { get; } = BandScale.HigherIsBetter(0, 1, Three, 0.60, 0.80);

    /// <summary>One after-sales network, surprise moments per customer: danger &lt; 2 ≤ pass &lt; 3 ≤ excellent, on [0, +∞).</summary>
    public static BandScale ActivationSurpriseMoments { get; } = BandScale.HigherIsBetter(0, double.PositiveInfinity, Three, 2, 3);

    /// <summary>One after-sales network, yearly visit rate: danger &lt; 20 % ≤ pass &lt; 30 % ≤ good &lt; 40 % ≤ excellent.</summary>
    public static BandScale LifecycleYearlyVisitRate { get; } = BandScale.HigherIsBetter(0, 1, Four, 0.20, 0.30, 0.40);

    /// <summary>One after-sales network, first-visit NPS: danger &lt; 65 ≤ pass &lt; 75 ≤ good &lt; 85 ≤ excellent, on −100..100.</summary>
    public static BandScale LifecycleFirstVisitNps { get; } = BandScale.HigherIsBetter(-100, 100, Four, 65, 75, 85);

    /// <summary>One after-sales network, yearly retention: danger &lt; 50 % ≤ pass &lt; 60 % ≤ good &lt; 70 % ≤ excellent.</summary>
    public static BandScale LifecycleYearlyRetention { get; } = BandScale.HigherIsBetter(0, 1, Four, 0.50, 0.60, 0.70);

    /// <summary>One after-sales network, value-added penetration: danger &lt; 10 % ≤ pass &lt; 20 % ≤ good &lt; 30 % ≤ excellent.</summary>
    public static BandScale LifecycleValueAddedPenetration { get; } = BandScale.HigherIsBetter(0, 1, Four, 0.10, 0.20, 0.30);

    /// <summary>One after-sales network, referral rate: danger &lt; 10 % ≤ pass &lt; 15 % ≤ good &lt; 20 % ≤ excellent.</summary>
    public static BandScale LifecycleReferralRate { get; } = BandScale.HigherIsBetter(0, 1, Four, 0.10, 0.15, 0.20);
}
