namespace CustomerLifecycle.Followups;

/// <summary>The canonical task order: due instant, then key (ordinal).</summary>
internal sealed class TaskOrder : IComparer<PlannedTask>
{
    public static readonly TaskOrder Instance = new();

    /// <summary>The order as a delegate made once (sorting a span with it allocates nothing).</summary>
    public static readonly Comparison<PlannedTask> Comparison = Instance.Compare;

    public int Compare(PlannedTask? x, PlannedTask? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var c = x.Due.CompareTo(y.Due);
        return c != 0 ? c : string.CompareOrdinal(x.Key, y.Key);
    }
}
