using NodaTime;

namespace CustomerLifecycle.Core.Events;

/// <summary>One answer to the likelihood-to-recommend question.</summary>
/// <remarks>Immutable; the constructor checks every field, so an instance is always valid.</remarks>
public sealed record SurveyResponse
{
    /// <summary>Makes a response.</summary>
    /// <param name="score">The 0–10 answer.</param>
    /// <param name="customer">Who answered, or null for an anonymous answer; not the empty id.</param>
    /// <param name="respondedAt">When the answer was given, or null when unknown (such answers count in totals but in no period).</param>
    /// <param name="touchpoint">Where in the journey the survey was asked (e.g. "first-service"); null when unknown. At most 100 characters after trimming.</param>
    /// <param name="isFirstVisit">Whether the survey followed the customer's first service (first-visit NPS; see docs/concepts/nps.md).</param>
    /// <param name="weight">A survey weight: finite and non-negative; 1 for an unweighted response.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty or <paramref name="touchpoint"/> is longer than 100 characters after trimming.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is NaN, infinite or negative.</exception>
    public SurveyResponse(LikelihoodScore score, CustomerId? customer = null, Instant? respondedAt = null, string? touchpoint = null, bool isFirstVisit = false, double weight = 1d)
    {
        if (customer is { } id)
        {
            Guard.NotEmpty(id, nameof(customer));
        }

        if (touchpoint?.Trim() is { Length: > 100 })
        {
            throw new ArgumentException($"A touchpoint name must be at most 100 characters (after trimming); got {touchpoint.Trim().Length}.", nameof(touchpoint));
        }

        Guard.FiniteNonNegative(weight, nameof(weight));
        Customer = customer;
        RespondedAt = respondedAt;
        Score = score;
        Touchpoint = string.IsNullOrWhiteSpace(touchpoint) ? null : touchpoint.Trim();
        IsFirstVisit = isFirstVisit;
        Weight = weight;
    }

    /// <summary>Who answered, or null for an anonymous answer.</summary>
    public CustomerId? Customer { get; }

    /// <summary>When the answer was given, or null when unknown.</summary>
    public Instant? RespondedAt { get; }

    /// <summary>The 0–10 answer.</summary>
    public LikelihoodScore Score { get; }

    /// <summary>The journey step the survey belongs to, or null.</summary>
    public string? Touchpoint { get; }

    /// <summary>Whether the survey followed the customer's first service.</summary>
    public bool IsFirstVisit { get; }

    /// <summary>The survey weight.</summary>
    /// <value>Finite and ≥ 0; 1 by default.</value>
    public double Weight { get; }

    /// <summary>The answer's category.</summary>
    public NpsCategory Category => Score.Category;
}
