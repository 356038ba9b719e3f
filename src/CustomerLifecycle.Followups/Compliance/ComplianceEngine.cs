using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>The matching and measuring behind <see cref="SlaComplianceEvaluator"/>, independent of the planned-task type.</summary>
internal static class ComplianceEngine
{
    public static ComplianceReport Run(
        IReadOnlyList<SlaTask> items,
        IReadOnlyList<string?> segments,
        IEnumerable<TaskCompletion> log,
        Instant at,
        SlaComplianceOptions options,
        Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>>? openOn)
    {
        if (options.Clock == SlaClock.BusinessHours && openOn is null)
        {
            throw new ArgumentException("Business-hours SLAs need a calendar with business hours; pass one, or use SlaClock.CalendarHours.", "calendar");
        }

        var byKey = new Dictionary<string, int>(items.Count, StringComparer.Ordinal);
        var byStep = new Dictionary<(CustomerId, string), List<int>>();
        var deadlines = new Instant[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (!byKey.TryAdd(item.Key, i))
            {
                throw new ArgumentException($"Two planned tasks have the key '{item.Key}'; a plan never holds duplicate keys.", "tasks");
            }

            deadlines[i] = Deadline(item, options, openOn);
            var slot = (item.Customer, item.Step);
            if (!byStep.TryGetValue(slot, out var list))
            {
                byStep[slot] = list = [];
            }

            list.Add(i);
        }

        foreach (var list in byStep.Values)
        {
            list.Sort((a, b) => deadlines[a] != deadlines[b] ? deadlines[a].CompareTo(deadlines[b]) : string.CompareOrdinal(items[a].Key, items[b].Key));
        }

        // Completions are matched in time order (then log order), so the first completion of a task wins whatever the log order.
        var entries = log.Select((c, i) => (Completion: c ?? throw new ArgumentException($"Completion {i} is null.", nameof(log)), Index: i)).ToList();
        entries.Sort((a, b) => a.Completion.CompletedAt != b.Completion.CompletedAt ? a.Completion.CompletedAt.CompareTo(b.Completion.CompletedAt) : a.Index.CompareTo(b.Index));
        var done = new TaskCompletion?[items.Count];
        var rejected = new List<RejectedCompletion>();
        foreach (var (c, index) in entries)
        {
            if (c.CompletedAt > at)
            {
                rejected.Add(new(index, c, "completion.after_evaluation", $"completed at {c.CompletedAt}, after the evaluation instant {at}: not counted yet"));
                continue;
            }

            if (c.TaskKey is { } key)
            {
                if (!byKey.TryGetValue(key, out var i))
                {
                    rejected.Add(new(index, c, "completion.unknown_key", $"no planned task has the key '{key}'"));
                }
                else if (c.CompletedAt < items[i].Anchor)
                {
                    rejected.Add(new(index, c, "completion.before_task", $"completed at {c.CompletedAt}, before task '{key}' existed (its anchor is {items[i].Anchor})"));
                }
                else if (done[i] is not null)
                {
                    rejected.Add(new(index, c, "completion.duplicate", $"task '{key}' was already completed at {done[i]!.CompletedAt}"));
                }
                else
                {
                    done[i] = c;
                }

                continue;
            }

            var slot = (c.Customer!.Value, c.Step!);
            if (!byStep.TryGetValue(slot, out var candidates))
            {
                rejected.Add(new(index, c, "completion.unknown_task", $"customer '{slot.Item1}' has no planned task of step '{slot.Item2}'"));
                continue;
            }

            var match = candidates.FindIndex(i => done[i] is null && !(c.CompletedAt < items[i].Anchor));
            if (match >= 0)
            {
                done[candidates[match]] = c;
            }
            else if (candidates.TrueForAll(i => c.CompletedAt < items[i].Anchor))
            {
                rejected.Add(new(index, c, "completion.before_task", $"completed at {c.CompletedAt}, before any '{slot.Item2}' task of customer '{slot.Item1}' existed"));
            }
            else
            {
                rejected.Add(new(index, c, "completion.duplicate", $"every '{slot.Item2}' task of customer '{slot.Item1}' that existed at {c.CompletedAt} was already completed"));
            }
        }

        rejected.Sort((a, b) => a.Index.CompareTo(b.Index));
        var results = new TaskCompliance[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            results[i] = Measure(items[i], segments[i], deadlines[i], done[i], at, options.Clock, openOn);
        }

        Array.Sort(results, (a, b) => a.Deadline != b.Deadline ? a.Deadline.CompareTo(b.Deadline) : string.CompareOrdinal(a.TaskKey, b.TaskKey));
        return new ComplianceReport(
            at,
            options.Clock,
            results,
            ComplianceRate.Of(results),
            Group(results, t => t.Step),
            Group(results, t => t.Segment),
            rejected.ToArray());
    }

    private static Instant Deadline(SlaTask item, SlaComplianceOptions options, Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>>? openOn)
    {
        var (from, amount) = item.Anchor is { } anchor && options.Targets.TryGetValue(item.Step, out var target)
            ? (anchor, target)
            : (item.Deadline, options.GracePeriod);
        return options.Clock == SlaClock.BusinessHours
            ? BusinessTime.Add(from, amount, item.Zone, openOn!)
            : from + amount;
    }

    private static TaskCompliance Measure(SlaTask item, string? segment, Instant deadline, TaskCompletion? completion, Instant at, SlaClock clock, Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>>? openOn)
    {
        Duration Elapsed(Instant from, Instant to) => clock == SlaClock.BusinessHours ? BusinessTime.Between(from, to, item.Zone, openOn!) : to - from;

        if (completion is not null)
        {
            return completion.CompletedAt <= deadline
                ? new(item.Key, item.Customer, item.Step, segment, deadline, ComplianceStatus.OnTime, completion, null)
                : new(item.Key, item.Customer, item.Step, segment, deadline, ComplianceStatus.Late, completion, Elapsed(deadline, completion.CompletedAt));
        }

        return at > deadline
            ? new(item.Key, item.Customer, item.Step, segment, deadline, ComplianceStatus.Missed, null, Elapsed(deadline, at))
            : new(item.Key, item.Customer, item.Step, segment, deadline, ComplianceStatus.NotYetDue, null, null);
    }

    private static KeyValuePair<string, ComplianceRate>[] Group(TaskCompliance[] results, Func<TaskCompliance, string?> keyOf) => results
        .Where(t => keyOf(t) is not null)
        .GroupBy(t => keyOf(t)!, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => KeyValuePair.Create(g.Key, ComplianceRate.Of(g)))
        .ToArray();
}
