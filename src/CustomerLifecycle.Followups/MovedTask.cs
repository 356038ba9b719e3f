namespace CustomerLifecycle.Followups;

/// <summary>A task whose key is in both plans but whose content changed (usually its due instant, after a reschedule).</summary>
/// <param name="Previous">The task in the previous plan.</param>
/// <param name="Next">The task in the new plan; same key.</param>
public sealed record MovedTask(PlannedTask Previous, PlannedTask Next)
{
    /// <summary>The shared key.</summary>
    public string Key => Next.Key;

    /// <summary>How far the due instant moved (positive: later).</summary>
    public NodaTime.Duration Shift => Next.Due - Previous.Due;
}
