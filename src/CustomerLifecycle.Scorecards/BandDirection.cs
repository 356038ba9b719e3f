namespace CustomerLifecycle.Scorecards;

/// <summary>Which end of a <see cref="BandScale"/> is good: declared, never inferred and never emulated by negating values.</summary>
public enum BandDirection
{
    /// <summary>The band with the highest lower bound is the best (NPS, retention, referral rate).</summary>
    HigherIsBetter = 0,

    /// <summary>The band with the lowest values is the best (complaint rate, waiting time, cost).</summary>
    LowerIsBetter = 1,
}
