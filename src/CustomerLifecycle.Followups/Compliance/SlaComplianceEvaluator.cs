using CustomerLifecycle.Followups.Calendar;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>
/// Measures planned follow-up tasks against a completion log: on time, late (and by how much), missed, not yet due; rates
/// per step and per customer segment, such as the activation dashboard's "24 h callback rate for first-time customers".
/// </summary>
/// <remarks>
/// <para><b>Deadlines.</b> A step with a target in <see cref="SlaComplianceOptions.Targets"/> is due by its anchor event plus the
/// target (the callback: the end of the service + 24 h); any other step is due by its own deadline (the planner's SLA deadline,
/// or the end of its allowed window) plus <see cref="SlaComplianceOptions.GracePeriod"/>. With <see cref="SlaClock.BusinessHours"/>
/// targets and grace are added in the calendar's business hours (the clock stops outside them; holidays stop it, make-up
/// workdays run it) and lateness is measured in business hours too; the planner's deadlines are kept as planned.</para>
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

    /// <summary>Measures a plan's tasks against a completion log.</summary>
    /// <param name="plan">The plan (its tasks; suppressed tasks are not measured).</param>
    /// <param name="completions">The completion log, in any order.</param>
    /// <param name="at">The evaluation instant ("now" of the report).</param>
    /// <param name="calendar">The contact calendar whose business hours count with <see cref="SlaClock.BusinessHours"/>; may be null with calendar hours.</param>
    /// <param name="steps">The cadence the plan was made with (see <see cref="SlaTask.From"/>); <see cref="Cadences.Default"/> when null.</param>
    /// <param name="segmentOf">The customer segment of a task (see <see cref="FirstVisitSegments"/>), or null for no segmentation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="completions"/> is null.</exception>
    /// <exception cref="ArgumentException">An entry is null, a zone id is unknown, or the clock is business hours without a calendar.</exception>
    public ComplianceReport Evaluate(FollowupPlan plan, IEnumerable<TaskCompletion> completions, Instant at, ContactCalendar? calendar = null, IEnumerable<FollowupStep>? steps = null, Func<SlaTask, string?>? segmentOf = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var cadence = (steps ?? Cadences.Default()).ToArray();
        return EvaluateTasks(plan.Tasks.Select(t => SlaTask.From(t, cadence)), completions, at, calendar, segmentOf);
    }

    /// <summary>Measures tasks against a completion log.</summary>
    /// <param name="tasks">The tasks; keys must be unique.</param>
    /// <param name="completions">The completion log, in any order.</param>
    /// <param name="at">The evaluation instant ("now" of the report).</param>
    /// <param name="calendar">The contact calendar whose business hours count with <see cref="SlaClock.BusinessHours"/>; may be null with calendar hours.</param>
    /// <param name="segmentOf">The customer segment of a task (e.g. "first_time"), or null for no segment; null for no segmentation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> or <paramref name="completions"/> is null.</exception>
    /// <exception cref="ArgumentException">Two tasks share a key, an entry is null, or the clock is business hours without a calendar.</exception>
    public ComplianceReport EvaluateTasks(IEnumerable<SlaTask> tasks, IEnumerable<TaskCompletion> completions, Instant at, ContactCalendar? calendar = null, Func<SlaTask, string?>? segmentOf = null) =>
        Evaluate(tasks, completions, at, calendar is null ? null : OpenOn(calendar), segmentOf);

    /// <summary>
    /// The activation dashboard's "24 h callback rate": the share of first-time customers' callbacks done within the callback
    /// target (24 h by default) of the end of their first service, with the counts behind it. One call for dashboards.
    /// </summary>
    /// <param name="plan">The plan holding the callback tasks.</param>
    /// <param name="completions">The completion log.</param>
    /// <param name="events">The events the plan was made from: first-time callbacks are those anchored on a service completion marked as a first visit.</param>
    /// <param name="at">The evaluation instant.</param>
    /// <param name="calendar">The calendar, needed with <see cref="SlaClock.BusinessHours"/>.</param>
    /// <param name="steps">The cadence the plan was made with; <see cref="Cadences.Default"/> when null.</param>
    /// <returns>The rate; undefined (null <see cref="ComplianceRate.Rate"/>) when no first-time callback is due yet.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Evaluate(FollowupPlan, IEnumerable{TaskCompletion}, Instant, ContactCalendar?, IEnumerable{FollowupStep}?, Func{SlaTask, string?}?)"/>.</exception>
    public ComplianceRate FirstTimeCallbackRate(FollowupPlan plan, IEnumerable<TaskCompletion> completions, IEnumerable<FollowupEvent> events, Instant at, ContactCalendar? calendar = null, IEnumerable<FollowupStep>? steps = null) =>
        Evaluate(plan, completions, at, calendar, steps, FirstVisitSegments(events)).RateOf(SlaComplianceOptions.CallbackStep, FirstTimeSegment);

    /// <summary>The segment name of tasks that follow a customer's first service.</summary>
    public const string FirstTimeSegment = "first_time";

    /// <summary>The segment name of every other task.</summary>
    public const string ReturningSegment = "returning";

    /// <summary>
    /// A segment function: <see cref="FirstTimeSegment"/> for a task anchored on a service completion that the events mark as
    /// the customer's first visit, <see cref="ReturningSegment"/> otherwise.
    /// </summary>
    /// <param name="events">The events the plan was made from.</param>
    /// <returns>The function.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    public static Func<SlaTask, string?> FirstVisitSegments(IEnumerable<FollowupEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var firstVisits = events
            .Where(e => e is { Kind: FollowupEventKind.ServiceCompleted, IsFirstVisit: true })
            .Select(e => (e.Customer, e.At))
            .ToHashSet();
        return t => t.Anchor is { } a && firstVisits.Contains((t.Customer, a)) ? FirstTimeSegment : ReturningSegment;
    }

    internal static Func<LocalDate, IReadOnlyList<(LocalTime Start, LocalTime End)>> OpenOn(ContactCalendar calendar)
    {
        IReadOnlyList<(LocalTime, LocalTime)> closed = [];
        return date => calendar.WorkingHoursOn(date) is { IsEmpty: false } h ? [(h.Open, h.Close)] : closed;
    }

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
