using CustomerLifecycle.Core;
using NodaTime;
using NodaTime.TimeZones;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>
/// What SLA compliance needs to know about one planned task. Build it from a planned task, or from your own task store
/// (a queue, a database) when the plan itself is long gone.
/// </summary>
/// <remarks>Immutable; the constructor checks every field.</remarks>
public sealed record SlaTask
{
    /// <summary>Makes a task description.</summary>
    /// <param name="key">The task's deduplication key; not blank.</param>
    /// <param name="customer">Whose task; not empty.</param>
    /// <param name="step">The cadence step's name (e.g. "callback"); not blank.</param>
    /// <param name="zone">The customer's time zone: business hours are local times in it.</param>
    /// <param name="anchor">The anchor event that created the task (the end of the service for the callback), or null when unknown
    /// or when the task precedes its anchor (a reminder before an appointment). SLA targets run from it, and a completion before it is rejected.</param>
    /// <param name="deadline">The task's own deadline: the planner's SLA deadline, or the end of its allowed window. Used for steps without an SLA target in the options.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="step"/> is blank, or <paramref name="customer"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public SlaTask(string key, CustomerId customer, string step, DateTimeZone zone, Instant? anchor, Instant deadline)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        ArgumentNullException.ThrowIfNull(zone);
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        Key = key;
        Customer = customer;
        Step = step;
        Zone = zone;
        Anchor = anchor;
        Deadline = deadline;
    }

    /// <summary>The task's deduplication key.</summary>
    public string Key { get; }

    /// <summary>Whose task.</summary>
    public CustomerId Customer { get; }

    /// <summary>The cadence step's name.</summary>
    public string Step { get; }

    /// <summary>The customer's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>The anchor event that created the task, or null when unknown or after the task.</summary>
    public Instant? Anchor { get; }

    /// <summary>The task's own deadline (the planner's SLA deadline or the end of its allowed window).</summary>
    public Instant Deadline { get; }

    /// <summary>Describes a planned task for compliance.</summary>
    /// <param name="task">The planned task.</param>
    /// <param name="steps">The cadence the plan was made with (to recover each task's anchor event); <see cref="Cadences.Default"/> when null.</param>
    /// <returns>The description: the task's deadline is its planned SLA deadline, or the end of its allowed window; its anchor is
    /// recovered from the step's offset (ideal due − offset, and − the repeat interval × occurrence), and left unknown for steps that
    /// precede their anchor or are not in <paramref name="steps"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    /// <exception cref="ArgumentException">The task's zone id is not a tzdb id.</exception>
    public static SlaTask From(PlannedTask task, IEnumerable<FollowupStep>? steps = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(task.ZoneId)
            ?? throw new ArgumentException($"Task '{task.Key}' has the zone id '{task.ZoneId}', which is not in the tz database.", nameof(task));
        var step = (steps ?? Cadences.Default()).FirstOrDefault(s => string.Equals(s.Name, task.Step, StringComparison.Ordinal));
        return new SlaTask(task.Key, task.Customer, task.Step, zone, step is null ? null : AnchorOf(task, step, zone), task.Deadline ?? task.WindowEnd);
    }

    private static Instant? AnchorOf(PlannedTask task, FollowupStep step, DateTimeZone zone)
    {
        if (step.Offset.IsBefore)
        {
            return null;
        }

        var first = step.RepeatEvery is { } every ? task.IdealDue - (every * task.Occurrence) : task.IdealDue;
        return step.Offset.CalendarPeriod is { } period
            ? zone.ResolveLocal(first.InZone(zone).LocalDateTime.Minus(period), Resolvers.LenientResolver).ToInstant()
            : first - step.Offset.ElapsedTime;
    }
}
