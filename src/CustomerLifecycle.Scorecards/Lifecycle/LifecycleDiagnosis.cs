namespace CustomerLifecycle.Scorecards.Lifecycle;

/// <summary>One after-sales network's diagnosis by the count of stages in their best band ("excellent").</summary>
public enum LifecycleDiagnosis
{
    /// <summary>0 excellent: crisis, rebuild lifecycle management now (危机状态).</summary>
    Crisis = 0,

    /// <summary>1–2 excellent: clear weaknesses, systematic improvement needed (明显短板).</summary>
    Weak = 1,

    /// <summary>3–4 excellent: good overall, fix the weak stages (整体良好).</summary>
    Good = 2,

    /// <summary>5 excellent: the flywheel is built (完善的飞轮).</summary>
    Flywheel = 3,
}
