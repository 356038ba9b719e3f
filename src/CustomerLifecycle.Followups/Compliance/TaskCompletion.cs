using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Followups.Compliance;

/// <summary>One entry of a completion log: a follow-up task that somebody did, identified by its key or by customer and step.</summary>
/// <remarks>
/// Identify the task by <see cref="TaskKey"/> (the planner's deterministic key) when the log has it; otherwise by
/// <see cref="Customer"/> and <see cref="Step"/>, which match the customer's earliest-deadline open task of that step that
/// already existed at <see cref="CompletedAt"/>. Immutable; the constructor checks every field.
/// </remarks>
public sealed record TaskCompletion
{
    /// <summary>Makes a completion identified by the task's key.</summary>
    /// <param name="taskKey">The planned task's key; not blank.</param>
    /// <param name="completedAt">When the task was done.</param>
    /// <param name="channel">How it was done (e.g. "phone"), or null when the log does not say; at most 50 characters.</param>
    /// <param name="completedBy">Who did it (an advisor's name or id), or null; at most 200 characters.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentException"><paramref name="taskKey"/> is blank, or a text field is too long.</exception>
    public static TaskCompletion ForKey(string taskKey, Instant completedAt, string? channel = null, string? completedBy = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(taskKey);
        return new TaskCompletion(taskKey.Trim(), null, null, completedAt, channel, completedBy);
    }

    /// <summary>Makes a completion identified by customer and step.</summary>
    /// <param name="customer">Whose task; not empty.</param>
    /// <param name="step">The cadence step's name (e.g. "callback"); not blank.</param>
    /// <param name="completedAt">When the task was done.</param>
    /// <param name="channel">How it was done, or null; at most 50 characters.</param>
    /// <param name="completedBy">Who did it, or null; at most 200 characters.</param>
    /// <returns>The completion.</returns>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty, <paramref name="step"/> is blank, or a text field is too long.</exception>
    public static TaskCompletion ForStep(CustomerId customer, string step, Instant completedAt, string? channel = null, string? completedBy = null)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(step);
        return new TaskCompletion(null, customer, step.Trim(), completedAt, channel, completedBy);
    }

    private TaskCompletion(string? taskKey, CustomerId? customer, string? step, Instant completedAt, string? channel, string? completedBy)
    {
        Check(channel, 50, nameof(channel));
        Check(completedBy, 200, nameof(completedBy));
        TaskKey = taskKey;
        Customer = customer;
        Step = step;
        CompletedAt = completedAt;
        Channel = string.IsNullOrWhiteSpace(channel) ? null : channel.Trim();
        CompletedBy = string.IsNullOrWhiteSpace(completedBy) ? null : completedBy.Trim();
    }

    /// <summary>The planned task's key, or null when the completion names customer and step.</summary>
    public string? TaskKey { get; }

    /// <summary>Whose task, when identified by customer and step; null when identified by key.</summary>
    public CustomerId? Customer { get; }

    /// <summary>The step's name, when identified by customer and step; null when identified by key.</summary>
    public string? Step { get; }

    /// <summary>When the task was done.</summary>
    public Instant CompletedAt { get; }

    /// <summary>How it was done, as the log writes it (e.g. "phone"), or null.</summary>
    public string? Channel { get; }

    /// <summary>Who did it, or null.</summary>
    public string? CompletedBy { get; }

    private static void Check(string? text, int max, string paramName)
    {
        if (text is not null && text.Trim().Length > max)
        {
            throw new ArgumentException($"{paramName} must be at most {max} characters; got {text.Trim().Length}.", paramName);
        }
    }
}
