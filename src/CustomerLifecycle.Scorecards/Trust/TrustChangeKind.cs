namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>How a touchpoint changes trust.</summary>
public enum TrustChangeKind
{
    /// <summary>Adds points (one after-sales network's per-customer curve: "+10 分").</summary>
    Points = 0,

    /// <summary>Multiplies by 1 + rate (one after-sales network's compound formula: 5 % per touchpoint).</summary>
    Rate = 1,
}
