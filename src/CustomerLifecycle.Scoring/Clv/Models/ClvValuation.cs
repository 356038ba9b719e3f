namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>Customer lifetime value and cohort tracking from a fitted transaction model (and, for value, a spend model).</summary>
public static class ClvValuation
{
    /// <summary>
    /// The discounted expected value of a customer's future transactions over the horizon (see <see cref="ClvHorizon"/>
    /// for the convention): Σₖ m·(E[Y(kΔ) | x, t_x, T] − E[Y((k−1)Δ) | x, t_x, T]) / (1 + d)ᵏ.
    /// </summary>
    /// <param name="transactions">The fitted transaction model.</param>
    /// <param name="expectedSpend">Expected value per transaction m, finite and ≥ 0 (e.g. <see cref="GammaGammaModel.ExpectedSpend(double, double)"/>).</param>
    /// <param name="frequency">Repeat purchases.</param>
    /// <param name="recency">Recency t_x.</param>
    /// <param name="age">Age T.</param>
    /// <param name="horizon">Steps, their length and the discount rate.</param>
    /// <returns>The discounted value, in the spend's currency unit; finite and ≥ 0.</returns>
    /// <exception cref="ArgumentNullException">A model or the horizon is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The customer or spend is invalid.</exception>
    public static double DiscountedValue(IRepeatTransactionModel transactions, double expectedSpend, double frequency, double recency, double age, ClvHorizon horizon)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(horizon);
        if (!double.IsFinite(expectedSpend) || expectedSpend < 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedSpend), expectedSpend, "The expected spend must be a finite number ≥ 0.");
        }

        ClvMath.CheckCustomer(frequency, recency, age);
        var value = 0d;
        var previous = 0d;
        var discount = 1d;
        for (var k = 1; k <= horizon.Periods; k++)
        {
            var cumulative = transactions.ConditionalExpectedTransactions(k * horizon.PeriodLength, frequency, recency, age);
            discount /= 1d + horizon.DiscountRatePerPeriod;
            value += expectedSpend * (cumulative - previous) * discount;
            previous = cumulative;
        }

        return value;
    }

    /// <summary>The discounted value of a customer summary, with its expected spend from a Gamma-Gamma model.</summary>
    /// <param name="transactions">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model.</param>
    /// <param name="customer">The customer (a repeat buyer needs a monetary value).</param>
    /// <param name="horizon">Steps, their length and the discount rate.</param>
    /// <returns>The discounted value, in the spend's currency unit.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A repeat buyer without a monetary value.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expectation is infinite (q ≤ 1).</exception>
    public static double DiscountedValue(IRepeatTransactionModel transactions, GammaGammaModel spend, CustomerSummary customer, ClvHorizon horizon)
    {
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(customer);
        return DiscountedValue(transactions, spend.ExpectedSpend(customer), customer.Frequency, customer.Recency, customer.Age, horizon);
    }

    /// <summary>
    /// Cohort tracking (the calibration/holdout tracking plot): at each checkpoint, the expected cumulative repeat
    /// transactions of all customers, Σᵢ wᵢ E[X(max(0, t − bᵢ))], beside the actual cumulative count when given.
    /// </summary>
    /// <param name="transactions">The fitted transaction model.</param>
    /// <param name="births">Each customer's first-purchase time (or a group's, with a weight), measured from a common origin in the model's time unit.</param>
    /// <param name="checkpoints">Times from the same origin at which to report, in any order; each finite.</param>
    /// <param name="repeatTransactionTimes">Times of the actual repeat transactions from the same origin, or null.</param>
    /// <returns>One point per checkpoint, in the given order.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A time or weight is not finite, or a weight is not &gt; 0.</exception>
    public static IReadOnlyList<ClvTrackingPoint> CumulativeTracking(
        IRepeatTransactionModel transactions,
        IEnumerable<(double Birth, double Weight)> births,
        IEnumerable<double> checkpoints,
        IEnumerable<double>? repeatTransactionTimes = null)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(births);
        ArgumentNullException.ThrowIfNull(checkpoints);
        var cohort = new Dictionary<double, double>();
        foreach (var (birth, weight) in births)
        {
            if (!double.IsFinite(birth))
            {
                throw new ArgumentOutOfRangeException(nameof(births), birth, "Birth times must be finite.");
            }

            if (!double.IsFinite(weight) || weight <= 0d)
            {
                throw new ArgumentOutOfRangeException(nameof(births), weight, "Weights must be finite and > 0.");
            }

            cohort[birth] = cohort.GetValueOrDefault(birth) + weight;
        }

        double[]? actual = null;
        if (repeatTransactionTimes is not null)
        {
            actual = repeatTransactionTimes.ToArray();
            if (actual.Any(t => !double.IsFinite(t)))
            {
                throw new ArgumentOutOfRangeException(nameof(repeatTransactionTimes), "Transaction times must be finite.");
            }

            Array.Sort(actual);
        }

        var points = new List<ClvTrackingPoint>();
        foreach (var t in checkpoints)
        {
            if (!double.IsFinite(t))
            {
                throw new ArgumentOutOfRangeException(nameof(checkpoints), t, "Checkpoints must be finite.");
            }

            var expected = 0d;
            foreach (var (birth, weight) in cohort)
            {
                if (t > birth)
                {
                    expected += weight * transactions.ExpectedTransactions(t - birth);
                }
            }

            double? count = actual is null ? null : UpperBound(actual, t);
            points.Add(new ClvTrackingPoint(t, expected, count));
        }

        return points;
    }

    private static int UpperBound(double[] sorted, double t)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= t)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
