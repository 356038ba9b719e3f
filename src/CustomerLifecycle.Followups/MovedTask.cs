namespace CustomerLifecycle.Followups;

/// <summary>A task whose key is in both plans but whose content changed (usually its due instant, after a reschedule).</summary>
public sealed record MovedTask
{
    internal MovedTask(PlannedTask previous, PlannedTask next)
    {
        Previous = previous;
        Next = next;
    }

    /// <summary>The task in the previous plan.</summary>
    public PlannedTask Previous { get; }

    /// <summary>The task in the new plan; same key.</summary>
    public PlannedTask Next { get; }

    /// <summary>The shared key.</summary>
    public string Key => Next.Key;

    /// <summary>How far the due instant moved (positive: later).</summary>
    public NodaTime.Duration Shift => Next.Due - Previous.Due;
}
