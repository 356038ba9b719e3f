namespace CustomerLifecycle.Followups;

/// <summary>Orders of a planning run: anchors grouped by kind for the steps, tasks in the canonical order.</summary>
internal sealed partial class PlanningRun
{
    /// <summary>The anchors' indexes grouped by kind, each group in anchor order: group k is
    /// [<see cref="_kindStart"/>[k], <see cref="_kindStart"/>[k + 1]).</summary>
    private ReadOnlySpan<int> GroupByKind(ReadOnlySpan<Anchor> anchors)
    {
        if (_byKind.Length < anchors.Length)
        {
            _byKind = new int[Math.Max(anchors.Length, _byKind.Length * 2)];
        }

        var starts = _kindStart.AsSpan();
        starts.Clear();
        foreach (ref readonly var a in anchors)
        {
            starts[(int)a.Kind + 1]++;
        }

        // Running sums, carried in a register rather than read back from the array.
        var sum = 0;
        for (var k = 1; k < starts.Length; k++)
        {
            sum += starts[k];
            starts[k] = sum;
        }

        // Fill each group from its start, then shift the starts back (they end where the next group starts).
        for (var i = 0; i < anchors.Length; i++)
        {
            _byKind[_kindStart[(int)anchors[i].Kind]++] = i;
        }

        for (var k = _kindStart.Length - 1; k > 0; k--)
        {
            _kindStart[k] = _kindStart[k - 1];
        }

        _kindStart[0] = 0;
        return _byKind.AsSpan(0, anchors.Length);
    }

    /// <summary>Sorts a customer's tasks in the canonical order (<see cref="TaskOrder"/>): by insertion for the usual handful,
    /// comparing due instants inline.</summary>
    private static void SortTasks(Span<PlannedTask> tasks)
    {
        if (tasks.Length > SmallLookup)
        {
            tasks.Sort(TaskOrder.Comparison);
            return;
        }

        for (var i = 1; i < tasks.Length; i++)
        {
            var t = tasks[i];
            var j = i - 1;
            while (j >= 0 && (tasks[j].Due > t.Due || (tasks[j].Due == t.Due && string.CompareOrdinal(tasks[j].Key, t.Key) > 0)))
            {
                tasks[j + 1] = tasks[j];
                j--;
            }

            tasks[j + 1] = t;
        }
    }
}
