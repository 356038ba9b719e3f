using System.Collections.ObjectModel;
using System.Runtime.InteropServices;

namespace CustomerLifecycle.Followups;

/// <summary>The planner's answer: the tasks to carry out and the tasks it suppressed, with why.</summary>
/// <remarks>
/// <para><see cref="Tasks"/> are ordered by due instant, then key; keys are unique. <see cref="Suppressed"/> are ordered
/// the same way by their task. Two plans are equal when both lists are equal element by element, so planning twice with
/// the same input gives equal plans.</para>
/// </remarks>
public sealed record FollowupPlan
{
    /// <summary>Makes a plan from tasks and suppressed tasks; both are copied and put in the canonical order.</summary>
    /// <param name="tasks">The planned tasks; keys must be unique.</param>
    /// <param name="suppressed">The suppressed tasks.</param>
    /// <exception cref="ArgumentNullException">A list or an element is null.</exception>
    /// <exception cref="ArgumentException">Two tasks share a key.</exception>
    public FollowupPlan(IEnumerable<PlannedTask> tasks, IEnumerable<SuppressedTask> suppressed)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(suppressed);
        var list = tasks.ToList();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in list)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(tasks));
            if (!keys.Add(t.Key))
            {
                throw new ArgumentException($"Two tasks share the key \"{t.Key}\"; keys must be unique.", nameof(tasks));
            }
        }

        list.Sort(TaskOrder.Instance);
        var s = suppressed.ToList();
        foreach (var x in s)
        {
            ArgumentNullException.ThrowIfNull(x, nameof(suppressed));
        }

        s.Sort(SuppressedOrder);
        Tasks = list.AsReadOnly();
        Suppressed = s.AsReadOnly();
    }

    private FollowupPlan(List<PlannedTask> tasks, List<SuppressedTask> suppressed)
    {
        CollectionsMarshal.AsSpan(tasks).Sort(TaskOrder.Comparison);
        CollectionsMarshal.AsSpan(suppressed).Sort(SuppressedComparison);
        Tasks = tasks.AsReadOnly();
        Suppressed = suppressed.AsReadOnly();
    }

    private FollowupPlan(IReadOnlyList<PlannedTask> orderedTasks, IReadOnlyList<SuppressedTask> orderedSuppressed)
    {
        Tasks = orderedTasks;
        Suppressed = orderedSuppressed;
    }

    /// <summary>A plan with no tasks.</summary>
    public static FollowupPlan Empty { get; } = new(ReadOnlyCollection<PlannedTask>.Empty, ReadOnlyCollection<SuppressedTask>.Empty);

    /// <summary>The tasks, by due instant then key.</summary>
    public IReadOnlyList<PlannedTask> Tasks { get; }

    /// <summary>The suppressed tasks, by due instant then key.</summary>
    public IReadOnlyList<SuppressedTask> Suppressed { get; }

    /// <summary>What changed from <paramref name="previous"/> to <paramref name="next"/>, matched by key.</summary>
    /// <param name="previous">The plan the caller's queue holds.</param>
    /// <param name="next">The new plan.</param>
    /// <returns>The diff; <see cref="PlanDiff.ApplyTo"/> on <paramref name="previous"/>'s tasks gives <paramref name="next"/>'s tasks.</returns>
    /// <exception cref="ArgumentNullException">A plan is null.</exception>
    public static PlanDiff Diff(FollowupPlan previous, FollowupPlan next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return PlanDiff.Between(previous.Tasks, next.Tasks);
    }

    /// <summary>A plan from the planner's own lists (keys known to be unique, no nulls): sorted in place, not copied.</summary>
    internal static FollowupPlan Trusted(List<PlannedTask> tasks, List<SuppressedTask> suppressed) => new(tasks, suppressed);

    /// <summary>The canonical order of suppressed tasks, as a delegate made once.</summary>
    internal static readonly Comparison<SuppressedTask> SuppressedComparison = SuppressedOrder;

    /// <summary>A plan from read-only lists already in the canonical order, keys unique (the planner's per-customer plans).</summary>
    internal static FollowupPlan Ordered(ReadOnlyCollection<PlannedTask> tasks, ReadOnlyCollection<SuppressedTask> suppressed) => new(tasks, suppressed);

    /// <inheritdoc/>
    public bool Equals(FollowupPlan? other) =>
        other is not null && Tasks.SequenceEqual(other.Tasks) && Suppressed.SequenceEqual(other.Suppressed);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(Tasks.Count);
        h.Add(Suppressed.Count);
        foreach (var t in Tasks)
        {
            h.Add(t.Key, StringComparer.Ordinal);
        }

        return h.ToHashCode();
    }

    private static int SuppressedOrder(SuppressedTask a, SuppressedTask b) =>
        TaskOrder.Instance.Compare(a.Task, b.Task) is var c && c != 0 ? c : a.Reason.CompareTo(b.Reason);
}
