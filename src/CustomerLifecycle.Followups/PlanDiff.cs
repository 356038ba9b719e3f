namespace CustomerLifecycle.Followups;

/// <summary>The change between two plans, matched by task key: what to add to a queue, remove from it, and update in it.</summary>
/// <remarks>Applying the diff to the previous plan's tasks (<see cref="ApplyTo"/>) gives the new plan's tasks. Each list is
/// ordered by key (ordinal).</remarks>
public sealed record PlanDiff
{
    private PlanDiff(IReadOnlyList<PlannedTask> added, IReadOnlyList<PlannedTask> removed, IReadOnlyList<MovedTask> moved)
    {
        Added = added;
        Removed = removed;
        Moved = moved;
    }

    /// <summary>Tasks whose key is only in the new plan.</summary>
    public IReadOnlyList<PlannedTask> Added { get; }

    /// <summary>Tasks whose key is only in the previous plan (e.g. every task of a cancelled appointment).</summary>
    public IReadOnlyList<PlannedTask> Removed { get; }

    /// <summary>Tasks whose key is in both plans with different content.</summary>
    public IReadOnlyList<MovedTask> Moved { get; }

    /// <summary>Whether nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Moved.Count == 0;

    /// <summary>The diff from <paramref name="previous"/> to <paramref name="next"/>, matched by key.</summary>
    /// <param name="previous">The previous tasks; keys unique.</param>
    /// <param name="next">The new tasks; keys unique.</param>
    /// <returns>The diff.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list has two tasks with one key.</exception>
    public static PlanDiff Between(IEnumerable<PlannedTask> previous, IEnumerable<PlannedTask> next)
    {
        var before = ByKey(previous, nameof(previous));
        var after = ByKey(next, nameof(next));
        var added = new List<PlannedTask>();
        var moved = new List<MovedTask>();
        foreach (var (key, task) in after)
        {
            if (!before.TryGetValue(key, out var old))
            {
                added.Add(task);
            }
            else if (!old.Equals(task))
            {
                moved.Add(new MovedTask(old, task));
            }
        }

        var removed = before.Where(kv => !after.ContainsKey(kv.Key)).Select(kv => kv.Value).ToList();
        return new(added.AsReadOnly(), removed.AsReadOnly(), moved.AsReadOnly());
    }

    /// <summary>Applies the diff to the previous tasks: removes <see cref="Removed"/>, replaces <see cref="Moved"/>, adds <see cref="Added"/>.</summary>
    /// <param name="previous">The tasks the diff was made from.</param>
    /// <returns>The new tasks, by due instant then key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    /// <exception cref="ArgumentException">The tasks do not fit the diff: a removed or moved key is missing, or an added key is already there.</exception>
    public IReadOnlyList<PlannedTask> ApplyTo(IEnumerable<PlannedTask> previous)
    {
        var tasks = ByKey(previous, nameof(previous));
        foreach (var r in Removed)
        {
            if (!tasks.Remove(r.Key))
            {
                throw new ArgumentException($"The removed task \"{r.Key}\" is not in the tasks.", nameof(previous));
            }
        }

        foreach (var m in Moved)
        {
            if (!tasks.ContainsKey(m.Key))
            {
                throw new ArgumentException($"The moved task \"{m.Key}\" is not in the tasks.", nameof(previous));
            }

            tasks[m.Key] = m.Next;
        }

        foreach (var a in Added)
        {
            if (!tasks.TryAdd(a.Key, a))
            {
                throw new ArgumentException($"The added task \"{a.Key}\" is already in the tasks.", nameof(previous));
            }
        }

        var list = tasks.Values.ToList();
        list.Sort(TaskOrder.Instance);
        return list.AsReadOnly();
    }

    private static SortedDictionary<string, PlannedTask> ByKey(IEnumerable<PlannedTask> tasks, string paramName)
    {
        ArgumentNullException.ThrowIfNull(tasks, paramName);
        var map = new SortedDictionary<string, PlannedTask>(StringComparer.Ordinal);
        foreach (var t in tasks)
        {
            ArgumentNullException.ThrowIfNull(t, paramName);
            if (!map.TryAdd(t.Key, t))
            {
                throw new ArgumentException($"Two tasks share the key \"{t.Key}\".", paramName);
            }
        }

        return map;
    }
}
