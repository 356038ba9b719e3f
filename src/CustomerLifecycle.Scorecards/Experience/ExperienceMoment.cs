using System.Globalization;
using CustomerLifecycle.Core;
using NodaTime;

namespace CustomerLifecycle.Scorecards.Experience;

/// <summary>One moment of a customer's experience: how it felt (0–100) and whether it was a surprise.</summary>
/// <remarks>
/// The 0–100 feeling follows one after-sales network's levels: basic satisfaction 60, meets expectation 75, exceeds 85, delights 95;
/// bad moments score low. Surprise moments (惊喜时刻) feed the activation dashboard; all moments of a visit feed the
/// peak-end score (<see cref="PeakEndScorer"/>).
/// </remarks>
public sealed record ExperienceMoment
{
    /// <summary>Makes a moment.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="at">When it happened.</param>
    /// <param name="feeling">How it felt, 0 (terrible) – 100 (delight).</param>
    /// <param name="isSurprise">Whether it was a planned or spontaneous surprise (意料之外,情理之中).</param>
    /// <param name="label">A short description, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="customer"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="feeling"/> is NaN or outside 0–100.</exception>
    public ExperienceMoment(CustomerId customer, Instant at, double feeling, bool isSurprise = false, string? label = null)
    {
        if (customer.IsEmpty)
        {
            throw new ArgumentException("The customer id is empty (default); make one with CustomerId.From.", nameof(customer));
        }

        if (feeling is not (>= 0d and <= 100d))
        {
            throw new ArgumentOutOfRangeException(nameof(feeling), feeling, $"A feeling must be a number in [0, 100]; got {feeling.ToString(CultureInfo.InvariantCulture)}.");
        }

        Customer = customer;
        At = at;
        Feeling = feeling;
        IsSurprise = isSurprise;
        Label = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
    }

    /// <summary>The customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>How it felt, 0–100.</summary>
    public double Feeling { get; }

    /// <summary>Whether it was a surprise.</summary>
    public bool IsSurprise { get; }

    /// <summary>A short description, or null.</summary>
    public string? Label { get; }
}
