using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>
/// Measures planned follow-up tasks against a completion log: on time, late (and by how much), missed, not yet due; rates
/// per step and per customer segment, such as the seed's "24 h callback rate for first-time customers" (DOMAIN.md §2).
/// </summary>
/// <remarks>
/// <para><b>Deadlines.</b> A step with a target in <see cref="SlaComplianceOptions.Targets"/> is due by its anchor event plus the
/// target (the callback: the end of the service + 24 h); any other step is due by the end of its planned window plus
/// <see cref="SlaComplianceOptions.GracePeriod"/>. With <see cref="SlaClock.BusinessHours"/> both are added in business hours
/// of the calendar (the clock stops outside them) and lateness is measured in business hours too.</para>
/// <para><b>Matching.</b> Completions are taken in time order. One with a task key completes that task; one with customer and step
/// completes that customer's earliest-deadline open task of the step that already existed. A task done at its deadline is on
/// time; one not done when the evaluation instant is past its deadline is missed.</para>
/// <para><b>Log entries not counted</b> are reported, never dropped: <c>completion.unknown_key</c> (no task has the key),
/// <c>completion.unknown_task</c> (the customer has no task of the step), <c>completion.duplicate</c> (the task was already
/// completed: the earliest completion counts), <c>completion.before_task</c> (done before the task's anchor event: it cannot
/// be the follow-up of an event that had not happened) and <c>completion.after_evaluation</c> (after the evaluation instant).</para>
/// <para>Pure and thread-safe: the same input gives the same report.</para>
/// </remarks>
public sealed class SlaComplianceEvaluator
{
    /// <summary>Makes an evaluator with the default options (calendar hours, callback within 24 h).</summary>
    public SlaComplianceEvaluator()
        : this(new SlaComplianceOptions())
    {
    }

    /// <summary>Makes an evaluator.</summary>
    /// <param name="options">The options; validated and copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every failure.</exception>
    public SlaComplianceEvaluator(SlaComplianceOptions options)
    {
        var valid = OptionsGuard.Valid<SlaComplianceOptions, SlaComplianceOptionsValidator>(options, nameof(options));
        Options = valid with { Targets = new Dictionary<string, Duration>(valid.Targets, StringComparer.Ordinal) };
    }

    /// <summary>The options in force (a copy: later changes to the caller's instance do not affect the evaluator).</summary>
    public SlaComplianceOptions Options { get; }

    /// <summary>Measures tasks against a completion log on the calendar-hours clock (no business calendar needed).</summary>
    /// <param name="tasks">The planned tasks; keys must be unique.</param>
    /// <param name="completions">The completion log, in any order.</param>
    /// <param name="at">The evaluation instant ("now" of the report).</param>
    /// <param name="segmentOf">The customer segment of a task (e.g. "first_time"), or null for no segment; null for no segmentation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or <paramref name="completions"/> is null.</exception>
    /// <exception cref="ArgumentException">Two tasks share a key, an entry is null, or the options ask for <see cref="SlaClock.BusinessHours"/>.</exception>
    public ComplianceReport Evaluate(IEnumerable<SlaTask> tasks, IEnumerable<TaskCompletion> completions, Instant at, Func<SlaTask, string?>? segmentOf = null) =>
        Evaluate(tasks, completions, at, openOn: null, segmentOf);

    internal ComplianceReport Evaluate(
        IEnumerable<SlaTask> tasks,
        IEnumerable<TaskCompletion> completions,
        Instant at,
        Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>>? openOn,
        Func<SlaTask, string?>? segmentOf = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(completions);
        var items = tasks.Select((t, i) => t ?? throw new ArgumentException($"Task {i} is null.", nameof(tasks))).ToArray();
        var segments = items.Select(i => segmentOf?.Invoke(i)).ToArray();
        return ComplianceEngine.Run(items, segments, completions, at, Options, openOn);
    }
}
