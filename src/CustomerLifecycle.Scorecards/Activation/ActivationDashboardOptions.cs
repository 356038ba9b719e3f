using NodaTime;

namespace CustomerLifecycle.Scorecards.Activation;

/// <summary>Options of <see cref="ActivationDashboard"/>: the five scales of one after-sales network's practice and the activation window.</summary>
public sealed record ActivationDashboardOptions
{
    /// <summary>First-visit NPS scale.</summary>
    /// <value><see cref="ScorecardBands.ActivationFirstVisitNps"/>: danger &lt; 75 ≤ pass &lt; 85 ≤ excellent.</value>
    public BandScale FirstVisitNps { get; set; } = ScorecardBands.ActivationFirstVisitNps;

    /// <summary>Perfect-rate scale.</summary>
    /// <value><see cref="ScorecardBands.ActivationPerfectRate"/>: danger &lt; 30 % ≤ pass &lt; 40 % ≤ excellent.</value>
    public BandScale PerfectRate { get; set; } = ScorecardBands.ActivationPerfectRate;

    /// <summary>24 h callback-rate scale.</summary>
    /// <value><see cref="ScorecardBands.ActivationCallbackRate24h"/>: danger &lt; 90 % ≤ pass &lt; 100 % = excellent.</value>
    public BandScale CallbackRate24h { get; set; } = ScorecardBands.ActivationCallbackRate24h;

    /// <summary>90-day retention scale.</summary>
    /// <value><see cref="ScorecardBands.ActivationRetention90Days"/>: danger &lt; 60 % ≤ pass &lt; 80 % ≤ excellent.</value>
    public BandScale Retention90Days { get; set; } = ScorecardBands.ActivationRetention90Days;

    /// <summary>Surprise-moments scale.</summary>
    /// <value><see cref="ScorecardBands.ActivationSurpriseMoments"/>: danger &lt; 2 ≤ pass &lt; 3 ≤ excellent.</value>
    public BandScale SurpriseMoments { get; set; } = ScorecardBands.ActivationSurpriseMoments;

    /// <summary>The activation window after the start of the first visit: a return visit inside it counts as retained, and
    /// surprise moments inside it count for the customer. A duration on the timeline, not calendar days.</summary>
    /// <value>90 days (one after-sales network: loyalty is set within 90 days).</value>
    public Duration Window { get; set; } = Duration.FromDays(90);
}
