using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>One planned task measured against its SLA deadline.</summary>
/// <param name="TaskKey">The planned task's key.</param>
/// <param name="Customer">Whose task.</param>
/// <param name="Step">The cadence step's name.</param>
/// <param name="Segment">The customer segment the task was counted in, or null.</param>
/// <param name="Deadline">When the task had to be done by: its anchor plus the step's target, or its own deadline plus the grace period.</param>
/// <param name="Status">On time, late, missed or not yet due, at the evaluation instant.</param>
/// <param name="Completion">The completion counted for the task, or null when it was not done (by the evaluation instant).</param>
/// <param name="Lateness">Late: how long after the deadline it was done; missed: how long overdue at the evaluation instant; otherwise null.
/// Measured in the report's <see cref="SlaClock"/> (business hours only, when that clock is chosen).</param>
public sealed record TaskCompliance(
    string TaskKey,
    CustomerId Customer,
    string Step,
    string? Segment,
    Instant Deadline,
    ComplianceStatus Status,
    TaskCompletion? Completion,
    Duration? Lateness);
