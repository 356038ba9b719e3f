namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>Options of <see cref="LifecycleHealthAssessor"/>: the five stage scales and the diagnosis cut-offs (one after-sales network's practice by default).</summary>
public sealed record LifecycleHealthOptions
{
    /// <summary>Acquisition: yearly visit rate (fraction of the area's owners who visit in a year).</summary>
    /// <value><see cref="ScorecardBands.LifecycleYearlyVisitRate"/>: danger &lt; 20 % ≤ pass &lt; 30 % ≤ good &lt; 40 % ≤ excellent.</value>
    public BandScale YearlyVisitRate { get; set; } = ScorecardBands.LifecycleYearlyVisitRate;

    /// <summary>Activation: first-visit NPS (−100..100).</summary>
    /// <value><see cref="ScorecardBands.LifecycleFirstVisitNps"/>: danger &lt; 65 ≤ pass &lt; 75 ≤ good &lt; 85 ≤ excellent.</value>
    public BandScale FirstVisitNps { get; set; } = ScorecardBands.LifecycleFirstVisitNps;

    /// <summary>Retention: yearly retention (fraction).</summary>
    /// <value><see cref="ScorecardBands.LifecycleYearlyRetention"/>: danger &lt; 50 % ≤ pass &lt; 60 % ≤ good &lt; 70 % ≤ excellent.</value>
    public BandScale YearlyRetention { get; set; } = ScorecardBands.LifecycleYearlyRetention;

    /// <summary>Revenue: value-added penetration (fraction).</summary>
    /// <value><see cref="ScorecardBands.LifecycleValueAddedPenetration"/>: danger &lt; 10 % ≤ pass &lt; 20 % ≤ good &lt; 30 % ≤ excellent.</value>
    public BandScale ValueAddedPenetration { get; set; } = ScorecardBands.LifecycleValueAddedPenetration;

    /// <summary>Referral: referral rate (fraction).</summary>
    /// <value><see cref="ScorecardBands.LifecycleReferralRate"/>: danger &lt; 10 % ≤ pass &lt; 15 % ≤ good &lt; 20 % ≤ excellent.</value>
    public BandScale ReferralRate { get; set; } = ScorecardBands.LifecycleReferralRate;

    /// <summary>The least count of stages in their best band for the "flywheel" verdict.</summary>
    /// <value>5 (one after-sales network: five excellent).</value>
    public int FlywheelMinimumExcellent { get; set; } = 5;

    /// <summary>The least count of best-band stages for the "good" verdict.</summary>
    /// <value>3 (one after-sales network: three or four excellent).</value>
    public int GoodMinimumExcellent { get; set; } = 3;

    /// <summary>The least count of best-band stages for the "weak" verdict; fewer is "crisis".</summary>
    /// <value>1 (one after-sales network: one or two excellent; none is a crisis).</value>
    public int WeakMinimumExcellent { get; set; } = 1;
}
