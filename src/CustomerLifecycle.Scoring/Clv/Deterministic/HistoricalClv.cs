using CustomerLifecycle.Core;
using CustomerLifecycle.Core.Events;

namespace CustomerLifecycle.Scoring.Clv.Deterministic;

/// <summary>Historical (realised) customer value: what customers have already brought, as margin on their past purchases.</summary>
public static class HistoricalClv
{
    /// <summary>The realised value of each customer in a transaction log: the sum of their purchases times the margin rate.</summary>
    /// <param name="transactions">The log, in any order, in one currency.</param>
    /// <param name="marginRate">The share of revenue that is margin, in [0, 1]; 1 (revenue) by default.</param>
    /// <returns>One <see cref="CustomerValue"/> per customer, with no potential value, ordered by customer id (ordinal).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transactions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">The transactions are in more than one currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="marginRate"/> is outside [0, 1].</exception>
    public static IReadOnlyList<CustomerValue> PerCustomer(IEnumerable<Transaction> transactions, decimal marginRate = 1m)
    {
        ArgumentNullException.ThrowIfNull(transactions);
        if (marginRate is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(marginRate), marginRate, "The margin rate must lie in [0, 1].");
        }

        var sums = new Dictionary<CustomerId, decimal>();
        string? currency = null;
        foreach (var t in transactions)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(transactions));
            currency ??= t.Amount.Currency;
            if (!string.Equals(currency, t.Amount.Currency, StringComparison.Ordinal))
            {
                throw new ArgumentException($"All transactions must be in one currency; got {currency} and {t.Amount.Currency}.", nameof(transactions));
            }

            sums[t.Customer] = sums.GetValueOrDefault(t.Customer) + t.Amount.Amount;
        }

        return sums.OrderBy(p => p.Key)
            .Select(p => new CustomerValue(p.Key, Money.From(p.Value * marginRate, currency!)))
            .ToArray();
    }
}
