using NodaTime;

namespace CustomerLifecycle.Core.Events;

/// <summary>A completed service visit (maintenance, repair, inspection) of a customer.</summary>
public sealed record ServiceVisit
{
    /// <summary>Makes a visit.</summary>
    /// <param name="customer">Whose visit; not empty.</param>
    /// <param name="startedAt">When the service started.</param>
    /// <param name="completedAt">When the service was completed; not before <paramref name="startedAt"/>.</param>
    /// <param name="isFirstVisit">Whether this is the customer's first service (the activation moment; see docs/concepts/scorecards.md).</param>
    /// <param name="visitId">The caller's id for the visit, or null.</param>
    /// <param name="revenue">What the visit earned, or null when unknown.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty, or <paramref name="completedAt"/> is before <paramref name="startedAt"/>.</exception>
    public ServiceVisit(CustomerId customer, Instant startedAt, Instant completedAt, bool isFirstVisit = false, string? visitId = null, Money? revenue = null)
    {
        Guard.NotEmpty(customer, nameof(customer));
        if (completedAt < startedAt)
        {
            throw new ArgumentException($"A visit cannot complete ({completedAt}) before it starts ({startedAt}).", nameof(completedAt));
        }

        Customer = customer;
        StartedAt = startedAt;
        CompletedAt = completedAt;
        IsFirstVisit = isFirstVisit;
        VisitId = visitId;
        Revenue = revenue;
    }

    /// <summary>Whose visit.</summary>
    public CustomerId Customer { get; }

    /// <summary>When the service started.</summary>
    public Instant StartedAt { get; }

    /// <summary>When the service was completed.</summary>
    public Instant CompletedAt { get; }

    /// <summary>Whether this is the customer's first service.</summary>
    public bool IsFirstVisit { get; }

    /// <summary>The caller's id for the visit, or null.</summary>
    public string? VisitId { get; }

    /// <summary>What the visit earned, or null.</summary>
    public Money? Revenue { get; }

    /// <summary>How long the service took.</summary>
    public Duration Duration => CompletedAt - StartedAt;
}
