namespace CustomerLifecycle.Core;

/// <summary>The three groups of Net Promoter Score answers.</summary>
/// <remarks>Lives in Core because follow-up cadences (detractor recovery) need it as much as scoring does.</remarks>
public enum NpsCategory
{
    /// <summary>Score 0–6: an unhappy customer who may warn others away.</summary>
    Detractor = 0,

    /// <summary>Score 7–8: satisfied but unenthusiastic.</summary>
    Passive = 1,

    /// <summary>Score 9–10: a loyal enthusiast who recommends.</summary>
    Promoter = 2,
}
