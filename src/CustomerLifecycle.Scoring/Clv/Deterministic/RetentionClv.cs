using System.Globalization;
using CustomerLifecycle.Core;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>
/// The simple retention-based lifetime value: a constant margin m per period, kept with a constant retention rate r per
/// period and discounted at d per period, over a finite or infinite horizon.
/// </summary>
/// <remarks>
/// With q = r / (1 + d), the value is the closed form of a geometric series (see <see cref="MarginTiming"/> for the two
/// conventions): m (1 − q^N) / (1 − q) at the start of each period, m q (1 − q^N) / (1 − q) at the end; the infinite
/// horizon is the limit N → ∞ and requires q &lt; 1. Rates are per period of whatever unit the margin is per period of
/// (a yearly margin needs yearly retention and a yearly discount rate).
/// </remarks>
public static class RetentionClv
{
    /// <summary>The lifetime value of one customer.</summary>
    /// <param name="margin">The margin per period of a retained customer (revenue less cost); may be negative.</param>
    /// <param name="retention">The share of customers kept from one period to the next, r.</param>
    /// <param name="discountRate">The discount rate per period, d: finite and ≥ 0 (0.1 = 10 %).</param>
    /// <param name="periods">The horizon N in periods (≥ 0), or null for an infinite horizon.</param>
    /// <param name="timing">When in each period the margin arrives.</param>
    /// <returns>The discounted expected margin, in the margin's currency.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="discountRate"/> is negative, NaN or ∞; <paramref name="periods"/> is negative;
    /// <paramref name="timing"/> is undefined; or the horizon is infinite with r = 1 and d = 0 (the value diverges).
    /// </exception>
    public static Money Compute(Money margin, Fraction retention, double discountRate, int? periods, MarginTiming timing = MarginTiming.EndOfPeriod)
    {
        var factor = Factor(retention, discountRate, periods, timing);
        return margin.Multiply((decimal)factor);
    }

    /// <summary>The value of a margin of 1 per period: the factor <see cref="Compute"/> multiplies the margin by.</summary>
    /// <param name="retention">The retention rate per period, r.</param>
    /// <param name="discountRate">The discount rate per period, d: finite and ≥ 0.</param>
    /// <param name="periods">The horizon N in periods (≥ 0), or null for infinite.</param>
    /// <param name="timing">When in each period the margin arrives.</param>
    /// <returns>A finite factor ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Compute"/>.</exception>
    public static double Factor(Fraction retention, double discountRate, int? periods, MarginTiming timing = MarginTiming.EndOfPeriod)
    {
        if (!double.IsFinite(discountRate) || discountRate < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(discountRate), discountRate, $"The discount rate must be a finite number ≥ 0; got {Format(discountRate)}.");
        }

        if (periods < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), periods, "The horizon must be ≥ 0 periods, or null for infinite.");
        }

        if (timing is not (MarginTiming.StartOfPeriod or MarginTiming.EndOfPeriod))
        {
            throw new ArgumentOutOfRangeException(nameof(timing), timing, "Unknown margin timing.");
        }

        var q = retention.Value / (1d + discountRate);
        double startFactor;
        if (periods is { } n)
        {
            // Σ_{t=0}^{n−1} q^t = (1 − q^n) / (1 − q); the degenerate q = 0 and q = 1 directly.
            startFactor = q switch
            {
                0d => n == 0 ? 0d : 1d,
                1d => n,
                _ => (1d - Math.Pow(q, n)) / (1d - q),
            };
        }
        else
        {
            if (q >= 1d)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(retention),
                    retention.Value,
                    "With full retention and no discount the infinite-horizon value diverges; give a horizon or a discount rate > 0.");
            }

            startFactor = 1d / (1d - q);
        }

        return timing == MarginTiming.StartOfPeriod ? startFactor : q * startFactor;
    }

    /// <summary>The expected number of periods a customer stays, counting the current one: 1 / (1 − r).</summary>
    /// <param name="retention">The retention rate per period, below 1.</param>
    /// <returns>The expected lifetime in periods, ≥ 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retention"/> is 1 (customers never leave).</exception>
    public static double ExpectedLifetime(Fraction retention) => retention.Value < 1d
        ? 1d / (1d - retention.Value)
        : throw new ArgumentOutOfRangeException(nameof(retention), retention.Value, "With retention 1 customers never leave: the expected lifetime is infinite.");

    private static string Format(double d) => d.ToString("R", CultureInfo.InvariantCulture);
}
