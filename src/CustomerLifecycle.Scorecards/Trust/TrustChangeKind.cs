namespace CustomerLifecycle.Scorecards.Trust;

/// <summary>How a touchpoint changes trust.</summary>
public enum TrustChangeKind
{
    /// <summary>Adds points (seed 003's per-customer curve: "+10 分").</summary>
    Points = 0,

    /// <summary>Multiplies by 1 + rate (seed 003's compound formula: 5 % per touchpoint).</summary>
    Rate = 1,
}
