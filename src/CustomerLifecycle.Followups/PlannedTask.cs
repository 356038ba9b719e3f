using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups;

/// <summary>One contact the planner asks for: who, which step, how, when (instant and local time), within which allowed
/// window, and why.</summary>
/// <remarks>
/// <para><see cref="Key"/> identifies the task across replanning: the same step for the same anchor of the same customer
/// always gets the same key (an appointment's tasks are keyed by appointment id, so a reschedule moves them rather than
/// adding new ones). Queues should upsert by key.</para>
/// <para>The allowed window is [<see cref="WindowStart"/>, <see cref="WindowEnd"/>): the task may be carried out from its
/// due instant until the contact rules (quiet hours, business hours, holidays) or its deadline next forbid it.</para>
/// </remarks>
public sealed record PlannedTask
{
    /// <summary>Makes a task (the planner does; callers reading tasks back from storage may too).</summary>
    /// <param name="key">The deterministic dedupe key; not blank.</param>
    /// <param name="customer">For whom; not empty.</param>
    /// <param name="step">The step's name; not blank.</param>
    /// <param name="flow">The step's cadence.</param>
    /// <param name="channel">How to reach the customer.</param>
    /// <param name="idealDue">When the cadence wanted it, before contact rules.</param>
    /// <param name="due">When to carry it out: the first instant of the allowed window.</param>
    /// <param name="windowEnd">The end (exclusive) of the allowed window; after <paramref name="due"/>.</param>
    /// <param name="localDue">The due instant as the customer's local date and time.</param>
    /// <param name="zoneId">The customer's IANA zone id (e.g. Asia/Shanghai); not blank.</param>
    /// <param name="mandatory">Whether it must happen.</param>
    /// <param name="reason">Why it exists, in words; not blank.</param>
    /// <param name="appointmentId">The appointment it belongs to, or null.</param>
    /// <param name="occurrence">The occurrence number of a repeating step, from 0; 0 for single steps.</param>
    /// <param name="deadline">The SLA deadline, or null.</param>
    /// <param name="escalateAt">When to escalate if not done, or null.</param>
    /// <exception cref="ArgumentException">A text is blank, <paramref name="customer"/> is empty, or <paramref name="windowEnd"/> is not after <paramref name="due"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="occurrence"/> is negative, or an enum is not defined.</exception>
    public PlannedTask(
        string key,
        CustomerId customer,
        string step,
        FollowupFlow flow,
        ContactChannel channel,
        Instant idealDue,
        Instant due,
        Instant windowEnd,
        LocalDateTime localDue,
        string zoneId,
        bool mandatory,
        string reason,
        string? appointmentId = null,
        int occurrence = 0,
        Instant? deadline = null,
        Instant? escalateAt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        ArgumentException.ThrowIfNullOrWhiteSpace(zoneId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfNegative(occurrence);
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        if (!Enum.IsDefined(flow))
        {
            throw new ArgumentOutOfRangeException(nameof(flow), flow, "Not a defined follow-up flow.");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a defined contact channel.");
        }

        if (windowEnd <= due)
        {
            throw new ArgumentException($"The allowed window must end ({windowEnd}) after the due instant ({due}).", nameof(windowEnd));
        }

        Key = key;
        Customer = customer;
        Step = step;
        Flow = flow;
        Channel = channel;
        IdealDue = idealDue;
        Due = due;
        WindowEnd = windowEnd;
        LocalDue = localDue;
        ZoneId = zoneId;
        Mandatory = mandatory;
        Reason = reason;
        AppointmentId = appointmentId;
        Occurrence = occurrence;
        Deadline = deadline;
        EscalateAt = escalateAt;
    }

    /// <summary>Assigns nothing: the planner sets every property in an object initializer, without checks (see
    /// <see cref="Unvalidated"/>), so that a task is written field by field straight into the new object.</summary>
#pragma warning disable CS8618 // The caller sets every non-nullable property.
    internal PlannedTask(Unvalidated unvalidated) => _ = unvalidated;
#pragma warning restore CS8618

    /// <summary>The deterministic dedupe key: equal for the same customer, step, anchor and occurrence.</summary>
    public string Key { get; internal init; }

    /// <summary>For whom.</summary>
    public CustomerId Customer { get; internal init; }

    /// <summary>The step's name.</summary>
    public string Step { get; internal init; }

    /// <summary>The step's cadence.</summary>
    public FollowupFlow Flow { get; internal init; }

    /// <summary>How to reach the customer.</summary>
    public ContactChannel Channel { get; internal init; }

    /// <summary>When the cadence wanted it (anchor + offset), before contact rules and past-due handling.</summary>
    public Instant IdealDue { get; internal init; }

    /// <summary>When to carry it out.</summary>
    public Instant Due { get; internal init; }

    /// <summary>The start of the allowed window: the same as <see cref="Due"/>.</summary>
    public Instant WindowStart => Due;

    /// <summary>The end (exclusive) of the allowed window.</summary>
    public Instant WindowEnd { get; internal init; }

    /// <summary>The due instant as the customer's local date and time (in <see cref="ZoneId"/>).</summary>
    public LocalDateTime LocalDue { get; internal init; }

    /// <summary>The customer's IANA zone id.</summary>
    public string ZoneId { get; internal init; }

    /// <summary>Whether it must happen (exempt from frequency caps).</summary>
    public bool Mandatory { get; internal init; }

    /// <summary>Why it exists, in words (e.g. "service completed 2026-03-02 17:00 (first visit)").</summary>
    public string Reason { get; internal init; }

    /// <summary>The appointment it belongs to, or null.</summary>
    public string? AppointmentId { get; internal init; }

    /// <summary>The occurrence number of a repeating step, from 0.</summary>
    public int Occurrence { get; internal init; }

    /// <summary>The SLA deadline (ideal + the step's complete-within), or null.</summary>
    public Instant? Deadline { get; internal init; }

    /// <summary>When to escalate if not done (ideal + the step's escalate-after), or null.</summary>
    public Instant? EscalateAt { get; internal init; }

    /// <summary>Whether the task cannot meet its deadline: a <see cref="StepTiming.DueBy"/> step found no allowed time between
    /// its minimum delay and its deadline and was planned at the first allowed time after it.</summary>
    public bool AtRisk { get; init; }

    /// <summary>Why the task is at risk, in words, or null when it is not.</summary>
    public string? AtRiskReason { get; init; }

    /// <summary>Whether the task's due date lies outside the period the holiday calendar covers, while its contact rules use
    /// that calendar: the day was planned as an ordinary day because no holiday data exists for it.</summary>
    public bool CalendarUncovered { get; init; }

    /// <summary>Selects the constructor that assigns nothing (the planner sets every property, values it has already
    /// checked): the public constructor's checks would only repeat them once per task.</summary>
    internal readonly struct Unvalidated;
}
