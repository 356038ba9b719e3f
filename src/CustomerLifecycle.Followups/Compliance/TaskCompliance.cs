using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>One planned task measured against its SLA deadline.</summary>
public sealed record TaskCompliance
{
    internal TaskCompliance(string taskKey, CustomerId customer, string step, string? segment, Instant deadline, ComplianceStatus status, TaskCompletion? completion, Duration? lateness)
    {
        TaskKey = taskKey;
        Customer = customer;
        Step = step;
        Segment = segment;
        Deadline = deadline;
        Status = status;
        Completion = completion;
        Lateness = lateness;
    }

    /// <summary>The planned task's key.</summary>
    public string TaskKey { get; }

    /// <summary>Whose task.</summary>
    public CustomerId Customer { get; }

    /// <summary>The cadence step's name.</summary>
    public string Step { get; }

    /// <summary>The customer segment the task was counted in, or null.</summary>
    public string? Segment { get; }

    /// <summary>When the task had to be done by: its anchor plus the step's target, or its own deadline plus the grace period.</summary>
    public Instant Deadline { get; }

    /// <summary>On time, late, missed or not yet due, at the evaluation instant.</summary>
    public ComplianceStatus Status { get; }

    /// <summary>The completion counted for the task, or null when it was not done (by the evaluation instant).</summary>
    public TaskCompletion? Completion { get; }

    /// <summary>Late: how long after the deadline it was done; missed: how long overdue at the evaluation instant; otherwise null.
    /// Measured in the report's <see cref="SlaClock"/> (business hours only, when that clock is chosen).</summary>
    public Duration? Lateness { get; }
}
