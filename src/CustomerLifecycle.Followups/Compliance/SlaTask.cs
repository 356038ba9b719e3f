using CustomerLifecycle.Core;
using NodaTime;

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
    /// <param name="anchor">When the task came into existence: its anchor event (the end of the service for the callback). SLA targets run from it, and a completion before it is rejected.</param>
    /// <param name="windowEnd">The end of the task's planned window: the deadline of a step without an SLA target.</param>
    /// <exception cref="ArgumentException"><paramref name="key"/> or <paramref name="step"/> is blank, or <paramref name="customer"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public SlaTask(string key, CustomerId customer, string step, DateTimeZone zone, Instant anchor, Instant windowEnd)
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
        WindowEnd = windowEnd;
    }

    /// <summary>The task's deduplication key.</summary>
    public string Key { get; }

    /// <summary>Whose task.</summary>
    public CustomerId Customer { get; }

    /// <summary>The cadence step's name.</summary>
    public string Step { get; }

    /// <summary>The customer's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>When the task came into existence (its anchor event).</summary>
    public Instant Anchor { get; }

    /// <summary>The end of the task's planned window.</summary>
    public Instant WindowEnd { get; }
}
