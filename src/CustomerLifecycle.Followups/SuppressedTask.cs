namespace CustomerLifecycle.Followups;

/// <summary>A task the cadence asked for but the planner did not plan, with why: reported, never silently lost.</summary>
/// <param name="Task">The task as it would have been planned (its due instant is the ideal or adjusted instant).</param>
/// <param name="Reason">Why it was suppressed.</param>
/// <param name="Detail">The reason in words, e.g. "3 non-mandatory contacts already planned in the 7 days before".</param>
public sealed record SuppressedTask(PlannedTask Task, SuppressionReason Reason, string Detail);
