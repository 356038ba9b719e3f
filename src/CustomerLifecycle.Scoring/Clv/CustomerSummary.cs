using System.Globalization;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv;

/// <summary>
/// One customer's purchase history reduced to what the "buy till you die" models need (or, with a weight, a group of
/// customers sharing the same history): frequency x, recency t_x, age T and the mean repeat-purchase value.
/// </summary>
/// <remarks>
/// All times are in one <see cref="PeriodUnit"/> chosen when the summary was made. Frequency counts repeat purchase
/// periods (the first purchase is not counted); recency is the time from the first to the last purchase; age is the
/// time from the first purchase to the end of observation. Invariants checked here: x is a whole number ≥ 0,
/// 0 ≤ t_x ≤ T, t_x = 0 when x = 0, T &gt; 0, weight finite and &gt; 0, monetary value ≥ 0 when present.
/// </remarks>
public sealed record CustomerSummary
{
    /// <summary>Makes a summary row.</summary>
    /// <param name="frequency">Repeat purchases x: a whole number ≥ 0.</param>
    /// <param name="recency">Time of the last purchase since the first, t_x: 0 ≤ t_x ≤ T (0 when x = 0).</param>
    /// <param name="age">Time since the first purchase to the end of observation, T &gt; 0.</param>
    /// <param name="customer">The customer, or null for an aggregated row.</param>
    /// <param name="monetaryValue">Mean value of the repeat purchases, or null when unknown; ≥ 0.</param>
    /// <param name="weight">How many customers share this row; finite and &gt; 0, 1 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value breaks the invariants in the remarks.</exception>
    public CustomerSummary(double frequency, double recency, double age, CustomerId? customer = null, decimal? monetaryValue = null, double weight = 1d)
    {
        if (!double.IsFinite(frequency) || frequency < 0d || Math.Floor(frequency) != frequency)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, $"Frequency must be a whole number ≥ 0; got {Format(frequency)}.");
        }

        if (!double.IsFinite(age) || age <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, $"Age T must be a finite number > 0; got {Format(age)}.");
        }

        if (!double.IsFinite(recency) || recency < 0d || recency > age)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"Recency must lie in [0, T = {Format(age)}]; got {Format(recency)}.");
        }

        if (frequency == 0d && recency != 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(recency), recency, $"Recency must be 0 when frequency is 0; got {Format(recency)}.");
        }

        if (monetaryValue < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(monetaryValue), monetaryValue, "Monetary value must not be negative.");
        }

        if (!double.IsFinite(weight) || weight <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, $"Weight must be a finite number > 0; got {Format(weight)}.");
        }

        Frequency = frequency;
        Recency = recency;
        Age = age;
        Customer = customer;
        MonetaryValue = monetaryValue;
        Weight = weight;
    }

    /// <summary>Repeat purchases, x.</summary>
    public double Frequency { get; }

    /// <summary>Time of the last purchase since the first, t_x.</summary>
    public double Recency { get; }

    /// <summary>Time since the first purchase to the end of observation, T.</summary>
    public double Age { get; }

    /// <summary>The customer, or null for an aggregated row.</summary>
    public CustomerId? Customer { get; }

    /// <summary>Mean value of the repeat purchases, or null when unknown.</summary>
    public decimal? MonetaryValue { get; }

    /// <summary>How many customers share this row.</summary>
    /// <value>1 by default.</value>
    public double Weight { get; }

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
