namespace CustomerLifecycle.Scoring.Clv.Models;

/// <summary>
/// Predictions for a whole table of customer summaries in one call: for each customer E[Y(t)] over the horizon,
/// P(alive), and with a spend model the expected spend per transaction and the (discounted) value. The service that
/// <c>AddCustomerLifecycleClv</c> registers; stateless and thread-safe.
/// </summary>
public sealed class ClvPredictor
{
    /// <summary>Predicts for every customer, in input order.</summary>
    /// <param name="transactions">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model, or null for purchases and P(alive) only.</param>
    /// <param name="customers">The summaries, in the transaction model's time unit.</param>
    /// <param name="horizon">The horizon after each customer's age, ≥ 0, in the model's time unit (a whole number of periods when discounting).</param>
    /// <param name="discountRatePerPeriod">The discount rate per period (0.01 for 1 %), or null for the undiscounted value.</param>
    /// <returns>One prediction per customer.</returns>
    /// <exception cref="ArgumentNullException">A required argument is or contains null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the discount rate is invalid.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expectation is infinite (q ≤ 1).</exception>
    public IReadOnlyList<ClvPrediction> Predict(
        IRepeatTransactionModel transactions,
        GammaGammaModel? spend,
        IEnumerable<CustomerSummary> customers,
        double horizon,
        double? discountRatePerPeriod)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        ArgumentNullException.ThrowIfNull(customers);
        var steps = Steps(horizon, discountRatePerPeriod);
        return customers.Select(c => Predict(transactions, spend, c, horizon, steps)).ToArray();
    }

    /// <summary>Predicts for one customer.</summary>
    /// <param name="transactions">The fitted transaction model.</param>
    /// <param name="spend">The fitted spend model, or null.</param>
    /// <param name="customer">The summary.</param>
    /// <param name="horizon">The horizon after the customer's age, ≥ 0 (a whole number of periods when discounting).</param>
    /// <param name="discountRatePerPeriod">The discount rate per period, or null.</param>
    /// <returns>The prediction.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The horizon or the discount rate is invalid.</exception>
    /// <exception cref="InvalidOperationException">The spend model's expectation is infinite (q ≤ 1).</exception>
    public ClvPrediction Predict(IRepeatTransactionModel transactions, GammaGammaModel? spend, CustomerSummary customer, double horizon, double? discountRatePerPeriod)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        return Predict(transactions, spend, customer, horizon, Steps(horizon, discountRatePerPeriod));
    }

    /// <summary>The valuation steps of a horizon and optional discount rate (null for a zero horizon); throws for invalid ones.</summary>
    internal static ClvHorizon? Steps(double horizon, double? discount)
    {
        ClvMath.CheckHorizon(horizon, nameof(horizon));
        if (discount is { } d)
        {
            if (Math.Floor(horizon) != horizon)
            {
                throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "A discounted value needs a whole number of periods.");
            }

            // Periods are discounted at their end, one step per period of length 1 in the model's unit.
            return horizon == 0d ? null : new ClvHorizon((int)horizon, 1d, d);
        }

        // Undiscounted: one step over the whole horizon, E[Y(t)]·m.
        return horizon == 0d ? null : new ClvHorizon(1, horizon, 0d);
    }

    private static ClvPrediction Predict(IRepeatTransactionModel transactions, GammaGammaModel? spend, CustomerSummary customer, double horizon, ClvHorizon? steps)
    {
        ArgumentNullException.ThrowIfNull(customer);
        double? expectedSpend = spend?.ExpectedSpend(customer.Frequency, (double)(customer.MonetaryValue ?? 0m));
        double? value = expectedSpend is not { } m ? null
            : steps is null ? 0d
            : ClvValuation.DiscountedValue(transactions, m, customer.Frequency, customer.Recency, customer.Age, steps);
        return new ClvPrediction(
            customer.Customer,
            customer.Frequency,
            customer.Recency,
            customer.Age,
            transactions.ConditionalExpectedTransactions(horizon, customer.Frequency, customer.Recency, customer.Age),
            transactions.ProbabilityAlive(customer.Frequency, customer.Recency, customer.Age),
            expectedSpend,
            value);
    }
}
