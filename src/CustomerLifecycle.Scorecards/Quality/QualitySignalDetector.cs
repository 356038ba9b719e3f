namespace CustomerLifecycle.Scorecards.Quality;

/// <summary>Finds repeated faults that share attributes within a time window (one after-sales network: five cars with the same winter range
/// drop in three weeks, all built in November 2020, one battery batch, BMS V10.2, mornings below −10 °C).</summary>
/// <remarks>
/// <para>For each fault code, every window of <see cref="QualitySignalOptions.Window"/> that starts at a report is searched
/// for <i>closed</i> frequent attribute sets: sets shared by at least <see cref="QualitySignalOptions.MinimumSupport"/>
/// records such that no further attribute is shared by all of those records. The search is LCM-style (closure with the
/// prefix-preserving check), so each closed set is produced once per window without enumerating its subsets. A set found
/// in several windows is reported once, with its largest support (the earliest window on ties).</para>
/// <para>Deterministic: signals are ordered by support (descending), number of shared attributes (descending), fault
/// code and attributes (ordinal); records by report time and id.</para>
/// </remarks>
public sealed class QualitySignalDetector
{
    private readonly QualitySignalOptions _options;

    /// <summary>Makes a detector with one after-sales network's defaults (21 days, 5 records, 2 attributes).</summary>
    public QualitySignalDetector()
        : this(new QualitySignalOptions())
    {
    }

    /// <summary>Makes a detector.</summary>
    /// <param name="options">The window and thresholds.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public QualitySignalDetector(QualitySignalOptions options) =>
        _options = OptionsGuard.Valid<QualitySignalOptions, QualitySignalOptionsValidator>(options, nameof(options)) with { };

    /// <summary>Evaluates fault records against the window and thresholds and returns the clusters that qualify as signals.</summary>
    /// <param name="faults">The fault records, any order; record ids unique.</param>
    /// <param name="affectedPopulation">Counts the units in the field sharing a signal's attributes, or null when unknown.</param>
    /// <returns>The signals, strongest first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="faults"/> or a record is null.</exception>
    /// <exception cref="ArgumentException">Two records share an id.</exception>
    public IReadOnlyList<QualitySignal> Evaluate(IEnumerable<FaultRecord> faults, Func<IReadOnlyList<KeyValuePair<string, string>>, long?>? affectedPopulation = null)
    {
        ArgumentNullException.ThrowIfNull(faults);
        var records = faults.ToArray();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            ArgumentNullException.ThrowIfNull(r, nameof(faults));
            if (!ids.Add(r.RecordId))
            {
                throw new ArgumentException($"The record id '{r.RecordId}' appears twice.", nameof(faults));
            }
        }

        var found = new Dictionary<string, QualitySignal>(StringComparer.Ordinal);
        foreach (var group in records.GroupBy(r => r.FaultCode, StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(r => r.ReportedAt).ThenBy(r => r.RecordId, StringComparer.Ordinal).ToArray();
            for (var start = 0; start < sorted.Length; start++)
            {
                var end = start;
                while (end < sorted.Length && sorted[end].ReportedAt < sorted[start].ReportedAt + _options.Window)
                {
                    end++;
                }

                if (end - start >= _options.MinimumSupport)
                {
                    foreach (var signal in Mine(group.Key, sorted[start..end]))
                    {
                        var key = group.Key + "\u0001" + string.Join("\u0001", signal.SharedAttributes.Select(a => a.Key + "=" + a.Value));
                        if (!found.TryGetValue(key, out var seen) || signal.Support > seen.Support)
                        {
                            found[key] = signal;
                        }
                    }
                }
            }
        }

        return [.. found.Values
            .Select(s => affectedPopulation is null ? s : new QualitySignal(s.FaultCode, s.SharedAttributes, s.RecordIds, s.FirstReported, s.LastReported, affectedPopulation(s.SharedAttributes)))
            .OrderByDescending(s => s.Support)
            .ThenByDescending(s => s.SharedAttributes.Count)
            .ThenBy(s => s.FaultCode, StringComparer.Ordinal)
            .ThenBy(s => string.Join(";", s.SharedAttributes.Select(a => a.Key + "=" + a.Value)), StringComparer.Ordinal)];
    }

    private List<QualitySignal> Mine(string faultCode, FaultRecord[] window)
    {
        // Items are (name, value) pairs numbered in ordinal order; each record becomes a sorted item set.
        var items = window.SelectMany(r => r.Attributes).Distinct().OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal).ToArray();
        var index = items.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var sets = window.Select(r => r.Attributes.Select(p => index[p]).ToHashSet()).ToArray();
        var output = new List<QualitySignal>();
        var all = Enumerable.Range(0, window.Length).ToArray();
        var root = Closure(sets, all, items.Length);
        Emit(root, all);
        Expand(root, all, -1);
        return output;

        void Expand(bool[] closed, int[] tids, int core)
        {
            for (var e = core + 1; e < items.Length; e++)
            {
                if (closed[e])
                {
                    continue;
                }

                var subset = tids.Where(t => sets[t].Contains(e)).ToArray();
                if (subset.Length < _options.MinimumSupport)
                {
                    continue;
                }

                var next = Closure(sets, subset, items.Length);
                var preserves = true;
                for (var j = 0; j < e && preserves; j++)
                {
                    preserves = next[j] == closed[j];
                }

                if (preserves)
                {
                    Emit(next, subset);
                    Expand(next, subset, e);
                }
            }
        }

        void Emit(bool[] closed, int[] tids)
        {
            var shared = items.Where((_, i) => closed[i]).ToArray();
            if (tids.Length >= _options.MinimumSupport && shared.Length >= _options.MinimumSharedAttributes)
            {
                output.Add(new QualitySignal(faultCode, shared, [.. tids.Select(t => window[t].RecordId)], window[tids[0]].ReportedAt, window[tids[^1]].ReportedAt, null));
            }
        }
    }

    private static bool[] Closure(HashSet<int>[] sets, int[] tids, int itemCount)
    {
        var closed = new bool[itemCount];
        for (var i = 0; i < itemCount; i++)
        {
            closed[i] = tids.Length > 0 && tids.All(t => sets[t].Contains(i));
        }

        return closed;
    }
}
