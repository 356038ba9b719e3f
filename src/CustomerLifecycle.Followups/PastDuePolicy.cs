namespace CustomerLifecycle.Followups;

/// <summary>What a step does when its ideal time had already passed when the planner learned of its anchor
/// (a 3-days-before call for a booking made 1 day before; a +4 h survey for a completion recorded a day late).</summary>
public enum PastDuePolicy
{
    /// <summary>Plan it at the first allowed instant from the moment the anchor event was known (still before the
    /// appointment, for steps before one; otherwise suppressed).</summary>
    SendNow = 0,

    /// <summary>Do not plan it; it is reported as suppressed.</summary>
    Skip = 1,
}
