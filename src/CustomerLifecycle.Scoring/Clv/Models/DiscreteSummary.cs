using System.Globalization;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// One customer's history of discrete transaction opportunities (or, with a weight, a group of customers sharing it), the
/// input of the BG/BB model: x transactions in n opportunities, the last one at opportunity t_x.
/// </summary>
/// <remarks>
/// Opportunities are numbered 1..n after the first (unmodelled) transaction, e.g. yearly fund drives or weekly shows.
/// Invariants: 1 ≤ n ≤ <see cref="MaxPeriods"/>; 0 ≤ x ≤ t_x ≤ n; t_x = 0 exactly when x = 0; weight finite and &gt; 0.
/// Source: Fader, Hardie &amp; Shang (2010), "Customer-Base Analysis in a Discrete-Time Noncontractual Setting".
/// </remarks>
public sealed record DiscreteSummary
{
    /// <summary>
    /// The most opportunities n a row may have: 10,000 (190 years of weekly shows). The BG/BB likelihood sums one term
    /// per opportunity after the last transaction and has no closed form for that sum, so the cap bounds the work of a
    /// fit by the number of rows; a row with more opportunities is refused rather than left to run for days.
    /// </summary>
    public const int MaxPeriods = 10_000;

    /// <summary>Makes a row.</summary>
    /// <param name="frequency">Transactions x in the n opportunities, 0 ≤ x ≤ t_x.</param>
    /// <param name="recency">The opportunity t_x of the last transaction, 0 when x = 0, otherwise x ≤ t_x ≤ n.</param>
    /// <param name="periods">The opportunities n observed, 1 ≤ n ≤ <see cref="MaxPeriods"/>.</param>
    /// <param name="customer">The customer, or null for an aggregated row.</param>
    /// <param name="weight">How many customers share this row; finite and &gt; 0, 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value breaks the invariants in the remarks.</exception>
    public DiscreteSummary(int frequency, int recency, int periods, CustomerId? customer = null, double weight = 1d)
    {
        if (periods is < 1 or > MaxPeriods)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, $"The number of opportunities n must lie in [1, {MaxPeriods}].");
        }

        if (frequency < 0 || frequency > periods)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"Frequency x must lie in [0, n = {periods}].");
        }

        if (frequency == 0 ? recency != 0 : recency < frequency || recency > periods)
        {
            throw new ArgumentOutOfRangeException(
                nameof(recency),
                recency,
                frequency == 0 ? "Recency must be 0 when frequency is 0." : $"Recency t_x must lie in [x = {frequency}, n = {periods}].");
        }

        if (!double.IsFinite(weight) || weight <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Weight must be a finite number > 0; got {weight.ToString("R", CultureInfo.InvariantCulture)}.");
        }

        Frequency = frequency;
        Recency = recency;
        Periods = periods;
        Customer = customer;
        Weight = weight;
    }

    /// <summary>Transactions x in the n opportunities.</summary>
    public int Frequency { get; }

    /// <summary>The opportunity t_x of the last transaction (0 when there was none).</summary>
    public int Recency { get; }

    /// <summary>The opportunities n observed.</summary>
    public int Periods { get; }

    /// <summary>The customer, or null for an aggregated row.</summary>
    public CustomerId? Customer { get; }

    /// <summary>How many customers share this row.</summary>
    /// <value>1 by default.</value>
    public double Weight { get; }
}
